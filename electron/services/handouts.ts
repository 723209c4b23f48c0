import { randomUUID } from 'node:crypto';
import { ContractError, refused, notFound } from '../../shared/contract/errors';
import { handoutSettingsSchema, handoutTemplateSchema } from '../../shared/contract/handout-schemas';
import type { HandoutDocument, PrintOptions } from '../../shared/handout/document';
import type { GivenHandout } from '../../shared/handout/given';
import { renderHandoutHtml } from '../../shared/handout/render-html';
import { defaultTemplate, DEFAULT_TEMPLATE_ID, type HandoutTemplate } from '../../shared/handout/template';
import type { Clock } from './clock';
import type { HandoutPrinter } from './handout-printer';
import { LogoStore } from './logo-store';
import type { RecordFile } from './record-store';
import type { SessionsService } from './sessions';
import type { Storage } from './storage';
import type { z } from 'zod';
import { revisionAfter, type WrittenBy } from '../../shared/sync/written-by';

export type HandoutSettings = z.output<typeof handoutSettingsSchema>;

export const emptyHandoutSettings: HandoutSettings = { clinic: {}, hiddenStretchIds: [], customStretches: [] };

export interface HandoutsDeps {
  storage: Storage;
  /** Sessions are changed only through their service: journal, revision and the push to every window come with it. */
  sessions: Pick<SessionsService, 'find' | 'update'>;
  clock: Clock;
  printer?: HandoutPrinter;
  newId?: () => string;
  /** The room saving and the time, stamped on the clinic header and templates it saves. */
  writtenBy?: () => WrittenBy;
}

export interface HandoutJob extends PrintOptions {
  sessionId?: string;
  document: HandoutDocument;
}

/** "aftercare-jane-doe-2026-11-22.pdf": a file name safe on every system. */
export function handoutFileName(document: HandoutDocument): string {
  // Accents are dropped (José Núñez → jose-nunez), not turned into dashes; the cut comes before the trim so no dash is left at the end.
  const who = (document.clientName ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '')
    .toLowerCase();
  // The same sheet in another language is another file, not one that overwrites the first.
  const language = document.language && document.language !== 'en' ? `-${document.language}` : '';
  return `aftercare-${who ? `${who}-` : ''}${document.date}${language}.pdf`;
}

/** The printer's PDF; when the printer fails (its browser gone or not started), the therapist hears what it means, not why in its terms. */
async function madeIntoPdf(printer: HandoutPrinter, html: string, job: HandoutJob): Promise<Uint8Array> {
  try {
    return await printer.toPdf(html, { paper: job.paper });
  } catch (error) {
    // A printer's own message is already in words for the person (a timeout, a missing Chromium).
    if (error instanceof ContractError) throw error;
    console.error('The handout printer failed:', error);
    throw new ContractError({
      code: 'internal',
      message: 'The handout could not be made into a PDF: the part of Stillpoint that prints did not answer. Try again; if it keeps happening, restart Stillpoint.',
    });
  }
}

/** Clinic header, templates, and giving handouts: printed or saved, then noted in the session record. */
export class HandoutsService {
  private readonly settingsFile: RecordFile<HandoutSettings>;
  private readonly logos: LogoStore;

  constructor(private readonly deps: HandoutsDeps) {
    this.settingsFile = deps.storage.record('.', 'handout-settings', handoutSettingsSchema);
    this.logos = new LogoStore(deps.storage);
  }

  settings(): HandoutSettings {
    return this.settingsFile.read() ?? structuredClone(emptyHandoutSettings);
  }

  /** Saves the clinic header as the given revision: by default one past the stored one; settling two versions passes its own. */
  saveSettings(settings: HandoutSettings, revision = revisionAfter(this.settingsFile.read())): HandoutSettings {
    const stamped = this.deps.writtenBy ? { ...settings, writtenBy: { ...this.deps.writtenBy(), revision } } : settings;
    this.settingsFile.write(stamped);
    return stamped;
  }

  templates(): HandoutTemplate[] {
    const saved = this.deps.storage
      .list('handout-templates')
      .map((name) => this.templateFile(name).read())
      .filter((template): template is HandoutTemplate => template !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
    return [structuredClone(defaultTemplate), ...saved];
  }

  template(id: string): HandoutTemplate {
    const template = this.templateFile(id).read();
    if (!template) throw notFound(`There is no handout template ${id}.`);
    return template;
  }

  /** Saves the template as the given revision: by default one past the stored one; settling two versions passes its own. */
  saveTemplate(template: Omit<HandoutTemplate, 'id'> & { id?: string }, revision?: number): HandoutTemplate {
    if (template.id === DEFAULT_TEMPLATE_ID) throw refused('The standard template cannot be changed; save it under a new name.');
    const id = template.id ?? (this.deps.newId ?? (() => `t-${randomUUID()}`))();
    const stamp = this.deps.writtenBy ? { writtenBy: { ...this.deps.writtenBy(), revision: revision ?? revisionAfter(this.templateFile(id).read()) } } : {};
    const saved: HandoutTemplate = { ...template, id, ...stamp };
    this.templateFile(id).write(saved);
    return saved;
  }

  deleteTemplate(id: string): HandoutTemplate[] {
    if (id === DEFAULT_TEMPLATE_ID) throw refused('The standard template cannot be deleted.');
    const file = this.templateFile(id);
    if (!file.exists()) throw notFound(`There is no handout template ${id}.`);
    file.remove();
    return this.templates();
  }

  given(sessionId: string): GivenHandout[] {
    return this.deps.sessions.find(sessionId)?.handouts ?? [];
  }

  /** Warms the printer when the Handout screen opens; without one there is nothing to get ready. */
  prepare(): void {
    this.deps.printer?.prepare?.();
  }

  /** The PDF bytes, for browser mode to offer as a download. */
  async pdf(job: HandoutJob): Promise<{ fileName: string; pdf: Uint8Array }> {
    const printer = this.printer();
    this.checkSession(job.sessionId);
    const pdf = await madeIntoPdf(printer, renderHandoutHtml(this.logos.resolve(job.document), job), job);
    this.noteGiven(job);
    return { fileName: handoutFileName(job.document), pdf };
  }

  async print(job: HandoutJob): Promise<boolean> {
    const printer = this.printer();
    if (!printer.print) throw refused('Printing from here needs the desktop app; save the PDF and print it instead.');
    this.checkSession(job.sessionId);
    const printed = await printer.print(renderHandoutHtml(this.logos.resolve(job.document), job), { paper: job.paper });
    if (printed) this.noteGiven(job);
    return printed;
  }

  async savePdf(job: HandoutJob): Promise<string | null> {
    const printer = this.printer();
    if (!printer.savePdf) throw refused('Saving to a folder needs the desktop app; download the PDF instead.');
    this.checkSession(job.sessionId);
    const pdf = await madeIntoPdf(printer, renderHandoutHtml(this.logos.resolve(job.document), job), job);
    const savedTo = await printer.savePdf(pdf, handoutFileName(job.document));
    if (savedTo !== null) this.noteGiven(job);
    return savedTo;
  }

  private printer(): HandoutPrinter {
    if (!this.deps.printer) throw refused('No printer is set up for handouts here.');
    return this.deps.printer;
  }

  private checkSession(sessionId: string | undefined): void {
    if (sessionId !== undefined && !this.deps.sessions.find(sessionId)) throw notFound(`There is no session ${sessionId}.`);
  }

  /** Appends an exact copy (its logo kept once, by reference) to the session's record before the window hears it went well. */
  private noteGiven(job: HandoutJob): void {
    if (job.sessionId === undefined) return;
    // The logo is kept only once the session is known to be there.
    this.deps.sessions.update(job.sessionId, (session) => {
      const entry: GivenHandout = {
        givenAt: this.deps.clock.now(),
        paper: job.paper,
        largePrint: job.largePrint,
        document: this.logos.keep(structuredClone(job.document)),
      };
      return { ...session, handouts: [...(session.handouts ?? []), entry] };
    });
  }

  private templateFile(id: string): RecordFile<HandoutTemplate> {
    return this.deps.storage.record('handout-templates', id, handoutTemplateSchema);
  }
}
