import { useState } from 'react';
import type { HandoutDocument, Paper, PrintOptions } from '../../shared/handout/document';
import { usePrintCommand } from '../shell/menu-commands';
import { useBridge } from '../bridge/BridgeContext';
import { downloadPdf, isDesktop, printOnDesktop, savePdfOnDesktop, type PrintJob } from './printing';

interface Props {
  document: HandoutDocument;
  options: PrintOptions;
  onOptions(options: PrintOptions): void;
  /** The session the handout is noted in when it is given. */
  sessionId?: string;
  onGiven(): void;
  onError(message: string): void;
}

/** Paper, size, and the ways out: print or save in the desktop app, download in the browser. */
export function PrintBar({ document, options, onOptions, sessionId, onGiven, onError }: Props) {
  const bridge = useBridge();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const desktop = isDesktop();

  async function run(action: (to: typeof bridge, job: PrintJob) => Promise<string>): Promise<void> {
    if (busy) return;
    setBusy(true);
    setStatus('Preparing the handout…');
    try {
      const job: PrintJob = { document, paper: options.paper, largePrint: options.largePrint, ...(sessionId ? { sessionId } : {}) };
      setStatus(await action(bridge, job));
      onGiven();
    } catch (reason) {
      setStatus('');
      onError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  // File > Print and Save as PDF act on the handout open here.
  usePrintCommand('print', () => void run(desktop ? printOnDesktop : downloadPdf), !busy);
  usePrintCommand('save-pdf', () => void run(desktop ? savePdfOnDesktop : downloadPdf), !busy);

  // The buttons say they are busy rather than being disabled: a disabled button loses the focus to the page.
  return (
    <div className="print-bar" role="group" aria-label="Print">
      <fieldset className="print-bar__paper">
        <legend>Paper</legend>
        {(['a4', 'letter'] as Paper[]).map((paper) => (
          <label key={paper} className="check">
            <input type="radio" name="paper" checked={options.paper === paper} onChange={() => onOptions({ ...options, paper })} />
            {paper === 'a4' ? 'A4' : 'US Letter'}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={options.largePrint} onChange={(event) => onOptions({ ...options, largePrint: event.target.checked })} />
        Large print
      </label>
      {desktop ? (
        <>
          <button type="button" className="big-button big-button--primary" aria-disabled={busy} onClick={() => void run(printOnDesktop)}>
            Print…
          </button>
          <button type="button" className="big-button" aria-disabled={busy} onClick={() => void run(savePdfOnDesktop)}>
            Save as PDF…
          </button>
        </>
      ) : (
        <button type="button" className="big-button big-button--primary" aria-disabled={busy} onClick={() => void run(downloadPdf)}>
          Save as PDF
        </button>
      )}
      <p className="print-bar__status" role="status">
        {status}
      </p>
    </div>
  );
}
