import type { handoutInvoke } from '../../shared/contract/handout-channels';
import type { HandoutTemplate } from '../../shared/handout/template';
import type { Handlers } from './handlers';
import type { HandoutSettings, HandoutsService } from './handouts';
import type { RecordVersions } from './record-versions';
import { CLINIC_RECORD } from './versioned-kinds';

export interface HandoutVersions {
  clinic: RecordVersions<HandoutSettings>;
  templates: RecordVersions<HandoutTemplate>;
}

export function handoutHandlers(handouts: HandoutsService, versions: HandoutVersions): Handlers<keyof typeof handoutInvoke> {
  return {
    'handout.settings.get': () => handouts.settings(),
    'handout.settings.save': (settings) => handouts.saveSettings(settings),
    'handout.settings.versions': () => ({ ...versions.clinic.of(CLINIC_RECORD), earlier: versions.clinic.history(CLINIC_RECORD) }),
    'handout.settings.resolve': ({ revision, settings, copies }) => versions.clinic.resolve(CLINIC_RECORD, revision, () => settings, copies),
    'handout.templates.list': () => handouts.templates(),
    'handout.templates.save': (template) => handouts.saveTemplate(template),
    'handout.templates.versions': ({ id }) => ({ ...versions.templates.of(id), earlier: versions.templates.history(id) }),
    'handout.templates.resolve': ({ id, revision, template, copies }) => versions.templates.resolve(id, revision, () => ({ ...template, id }), copies),
    'handout.templates.delete': ({ id }) => handouts.deleteTemplate(id),
    'handout.prepare': () => {
      handouts.prepare();
      return {};
    },
    'handout.pdf': async (job) => {
      const { fileName, pdf } = await handouts.pdf(job);
      return { fileName, pdfBase64: Buffer.from(pdf).toString('base64') };
    },
    'handout.print': async (job) => ({ printed: await handouts.print(job) }),
    'handout.savePdf': async (job) => ({ savedTo: await handouts.savePdf(job) }),
    'handout.given': ({ sessionId }) => handouts.given(sessionId),
  };
}
