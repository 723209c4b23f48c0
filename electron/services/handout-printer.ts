import type { Paper } from '../../shared/handout/document';

/**
 * Turns a complete handout HTML document into a PDF. Injected into the back
 * end: headless Chromium in browser mode, a hidden window in the desktop app.
 */
export interface PdfPrinter {
  toPdf(html: string, options: { paper: Paper }): Promise<Uint8Array>;
  /** Starts what the first handout needs without waiting for it; a failure is reported by the save that needs it. */
  prepare?(): void;
  close?(): Promise<void>;
}

/** The desktop app can also show the system print dialog and a save dialog. */
export interface HandoutPrinter extends PdfPrinter {
  /** Resolves true when the handout went to a printer, false when the therapist cancelled. */
  print?(html: string, options: { paper: Paper }): Promise<boolean>;
  /** Asks where to save and writes the file; null when the therapist cancelled. */
  savePdf?(pdf: Uint8Array, suggestedName: string): Promise<string | null>;
}
