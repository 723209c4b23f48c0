import type { handoutInvoke } from '../../shared/contract/handout-channels';
import type { Handlers } from './handlers';
import type { HandoutsService } from './handouts';

export function handoutHandlers(handouts: HandoutsService): Handlers<keyof typeof handoutInvoke> {
  return {
    'handout.settings.get': () => handouts.settings(),
    'handout.settings.save': (settings) => handouts.saveSettings(settings),
    'handout.templates.list': () => handouts.templates(),
    'handout.templates.save': (template) => handouts.saveTemplate(template),
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
