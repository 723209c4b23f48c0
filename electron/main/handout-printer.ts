import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, WebContents } from 'electron';
import type { Paper } from '../../shared/handout/document';
import type { HandoutPrinter } from '../services/handout-printer';
import { refused } from '../../shared/contract/errors';
import { writeTroubleInWords } from '../services/disk-trouble';

type HandoutWindow = Pick<BrowserWindow, 'loadURL' | 'destroy'> & {
  webContents: Pick<WebContents, 'printToPDF' | 'print'>;
};

export interface ElectronPrinterDeps {
  createWindow(options: BrowserWindowConstructorOptions): HandoutWindow;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window a save dialog belongs to. */
  parentWindow(): BrowserWindow | null;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  /** How long a handout may take before the attempt is given up (tests shorten them). */
  limits?: Partial<PrintLimits>;
}

export interface PrintLimits {
  /** Loading the handout and making its PDF: no person is involved, so it is quick or broken. */
  pdfMs: number;
  /** The system print dialog waits for the therapist, so it gets longer. */
  printMs: number;
}

export const printLimits: PrintLimits = { pdfMs: 30_000, printMs: 5 * 60_000 };

/** A printer driver or a stuck window must not leave the handout waiting for ever. */
function withinTime<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seconds = Math.round(ms / 1000);
  const late = new Promise<never>((_resolve, reject) => {
    const limit = seconds === 1 ? '1 second' : `${seconds} seconds`;
    timer = setTimeout(() => reject(refused(`${what} did not finish within ${limit}. Check the printer, then try again.`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A hidden window that can only show the handout: no preload, no script, no Node, sandboxed. */
export function handoutWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 820,
    height: 1160,
    backgroundColor: '#ffffff',
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

const pageSize: Readonly<Record<Paper, 'A4' | 'Letter'>> = { a4: 'A4', letter: 'Letter' };

export function handoutDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/**
 * The desktop app's printer: each handout is loaded into its own hidden window, used once, destroyed.
 * One such window is made ahead (as the room window shows, and when the Handout screen opens) so a save does not wait for it.
 */
export function createElectronPrinter(deps: ElectronPrinterDeps): HandoutPrinter {
  const limits = { ...printLimits, ...deps.limits };
  let ready: HandoutWindow | null = null;

  async function withHandout<T>(html: string, ms: number, what: string, use: (contents: HandoutWindow['webContents']) => Promise<T>): Promise<T> {
    const window = ready ?? deps.createWindow(handoutWindowOptions());
    ready = null;
    try {
      return await withinTime(
        window.loadURL(handoutDataUrl(html)).then(() => use(window.webContents)),
        ms,
        what,
      );
    } finally {
      window.destroy();
    }
  }

  return {
    prepare() {
      ready ??= deps.createWindow(handoutWindowOptions());
    },
    toPdf: (html, { paper }) =>
      withHandout(html, limits.pdfMs, 'Making the handout PDF', async (contents) => {
        const pdf = await contents.printToPDF({ pageSize: pageSize[paper], printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      }),
    print: (html, { paper }) =>
      withHandout(
        html,
        limits.printMs,
        'Printing the handout',
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print({ silent: false, printBackground: true, pageSize: pageSize[paper] }, (success, failureReason) => {
              if (success) resolve(true);
              else if (/cancel/i.test(failureReason)) resolve(false);
              else reject(refused(`The handout could not be printed: ${failureReason}. Check the printer, then try again.`));
            });
          }),
      ),
    async savePdf(pdf, suggestedName) {
      const options = { title: 'Save the handout as PDF', defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const parent = deps.parentWindow();
      const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      try {
        await deps.writeFile(choice.filePath, pdf);
      } catch (error) {
        throw refused(`The PDF could not be saved there: ${writeTroubleInWords(error)}. Choose another folder, then save again.`);
      }
      return choice.filePath;
    },
    // A hidden window left over would keep the app running after the room window closes.
    async close() {
      ready?.destroy();
      ready = null;
    },
  };
}
