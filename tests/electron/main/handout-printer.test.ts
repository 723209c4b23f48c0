import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronPrinter, handoutDataUrl } from '../../../electron/main/handout-printer';
import { FakeBrowserWindow, FakeDialog } from '../../doubles/electron';
import { ContractError } from '../../../shared/contract/errors';

function printerWith(dialog = new FakeDialog(), printResult: { success: boolean; failureReason: string } | null = { success: true, failureReason: '' }) {
  const windows: FakeBrowserWindow[] = [];
  const written: { filePath: string; data: Uint8Array }[] = [];
  const printer = createElectronPrinter({
    createWindow: (options: BrowserWindowConstructorOptions) => {
      const window = new FakeBrowserWindow(options as Record<string, unknown>);
      if (printResult) window.webContents.printResult = printResult;
      else window.webContents.answers = false;
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
    dialog: dialog as unknown as Dialog,
    parentWindow: () => null,
    limits: { pdfMs: 1_000, printMs: 2_000 },
    writeFile: async (filePath, data) => {
      written.push({ filePath, data });
    },
  });
  return { printer, windows, written, dialog };
}

const html = '<!doctype html><title>Aftercare for Zoë</title>';

describe('the desktop printer (hidden window)', () => {
  it('loads the handout into a locked-down hidden window, prints it to PDF on the paper asked, then destroys the window', async () => {
    const { printer, windows } = printerWith();
    const pdf = await printer.toPdf(html, { paper: 'letter' });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    const [window] = windows;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
    });
    expect((window?.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(window?.loaded).toEqual([handoutDataUrl(html)]);
    expect(Buffer.from(handoutDataUrl(html).split(',')[1] ?? '', 'base64').toString('utf8')).toBe(html);
    expect(window?.webContents.pdfRequests).toEqual([{ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true }]);
    expect(window?.destroyed).toBe(true);
  });

  it.each([
    [{ success: true, failureReason: '' }, true],
    [{ success: false, failureReason: 'Print job canceled' }, false],
  ])('opens the system print dialog on the paper asked (%o gives %s)', async (printResult, expected) => {
    const { printer, windows } = printerWith(new FakeDialog(), printResult);
    expect(await printer.print?.(html, { paper: 'a4' })).toBe(expected);
    expect(windows[0]?.webContents.printRequests).toEqual([{ silent: false, printBackground: true, pageSize: 'A4' }]);
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('reports a failed print job as an error, and still closes the window', async () => {
    const { printer, windows } = printerWith(new FakeDialog(), { success: false, failureReason: 'Print job failed' });
    await expect(printer.print?.(html, { paper: 'letter' })).rejects.toThrow(/could not be printed: Print job failed/);
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('gives up on a print job that never answers, says so, and closes the window', async () => {
    vi.useFakeTimers();
    try {
      const { printer, windows } = printerWith(new FakeDialog(), null);
      const printing = expect(printer.print?.(html, { paper: 'a4' })).rejects.toThrow(
        /^Printing the handout did not finish within 2 seconds\. Check the printer, then try again\.$/,
      );
      await vi.advanceTimersByTimeAsync(2_000);
      await printing;
      expect(windows[0]?.destroyed).toBe(true);
      const pdf = expect(printer.toPdf(html, { paper: 'a4' })).rejects.toThrow(/Making the handout PDF did not finish within 1 second\./);
      await vi.advanceTimersByTimeAsync(1_000);
      await pdf;
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks where to save the PDF and writes it there; a cancelled dialog writes nothing', async () => {
    const dialog = new FakeDialog();
    const { printer, written } = printerWith(dialog);
    const pdf = new Uint8Array([1, 2, 3]);
    expect(await printer.savePdf?.(pdf, 'aftercare-zoe-2026-11-22.pdf')).toBeNull();
    expect(written).toEqual([]);
    dialog.saveAnswer = { canceled: false, filePath: '/home/sam/aftercare-zoe.pdf' };
    expect(await printer.savePdf?.(pdf, 'aftercare-zoe-2026-11-22.pdf')).toBe('/home/sam/aftercare-zoe.pdf');
    expect(written).toEqual([{ filePath: '/home/sam/aftercare-zoe.pdf', data: pdf }]);
    expect(dialog.saveRequests[0]).toMatchObject({ defaultPath: 'aftercare-zoe-2026-11-22.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('a folder that will not take the PDF is said in plain words, with what to do; nothing claims it was saved', async () => {
    const dialog = new FakeDialog();
    dialog.saveAnswer = { canceled: false, filePath: '/media/stick/aftercare-zoe.pdf' };
    const printer = createElectronPrinter({
      createWindow: () => new FakeBrowserWindow({}) as unknown as BrowserWindow,
      dialog: dialog as unknown as Dialog,
      parentWindow: () => null,
      limits: { pdfMs: 1_000, printMs: 2_000 },
      writeFile: async () => {
        throw Object.assign(new Error("EROFS: read-only file system, open '/media/stick/aftercare-zoe.pdf'"), { code: 'EROFS' });
      },
    });
    await expect(printer.savePdf?.(new Uint8Array([1]), 'aftercare-zoe.pdf')).rejects.toThrow(
      new ContractError({ code: 'refused', message: 'The PDF could not be saved there: the disk is read-only. Choose another folder, then save again.' }),
    );
  });

  it('keeps one locked-down hidden window ready once the Handout screen opens, and the first save uses it', async () => {
    const { printer, windows } = printerWith();
    printer.prepare?.();
    printer.prepare?.();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false } });
    expect(windows[0]?.loaded).toEqual([]);
    await printer.toPdf(html, { paper: 'a4' });
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loaded).toEqual([handoutDataUrl(html)]);
    expect(windows[0]?.destroyed).toBe(true);
    await printer.toPdf(html, { paper: 'a4' });
    expect(windows).toHaveLength(2);
  });

  it('closes the window kept ready, so it cannot keep the app running', async () => {
    const { printer, windows } = printerWith();
    printer.prepare?.();
    await printer.close?.();
    expect(windows[0]?.destroyed).toBe(true);
    await printer.toPdf(html, { paper: 'a4' });
    expect(windows).toHaveLength(2);
  });
});
