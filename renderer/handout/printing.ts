import type { RequestOf, StillpointBridge } from '../../shared/contract/channels';

export type PrintJob = RequestOf<'handout.pdf'>;

/** The desktop app has the preload bridge; browser mode does not. */
export function isDesktop(): boolean {
  return window.stillpoint !== undefined;
}

/** Browser mode: the PDF comes back as bytes and is offered as a download. */
export async function downloadPdf(bridge: StillpointBridge, job: PrintJob): Promise<string> {
  const { fileName, pdfBase64 } = await bridge.invoke('handout.pdf', job);
  const bytes = Uint8Array.from(atob(pdfBase64), (character) => character.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return `Downloaded ${fileName}.`;
}

export async function printOnDesktop(bridge: StillpointBridge, job: PrintJob): Promise<string> {
  const { printed } = await bridge.invoke('handout.print', job);
  return printed ? 'Sent to the printer.' : 'Printing was cancelled.';
}

export async function savePdfOnDesktop(bridge: StillpointBridge, job: PrintJob): Promise<string> {
  const { savedTo } = await bridge.invoke('handout.savePdf', job);
  return savedTo ? `Saved to ${savedTo}.` : 'Saving was cancelled.';
}
