import { defaultPlan60 } from '../../shared/plans/defaults';

/** Records the fuzz run made first, so valid payloads point at things that exist. */
export interface FuzzIds {
  clientId: string;
  sessionId: string;
  entryId: string;
}

const fields = {
  name: 'Ana Ruiz',
  contact: 'ana@example.org',
  dateOfBirth: '1980-04-02',
  ageBand: null,
  goals: 'less lower back pain',
  notes: 'prefers a warm room',
  preferredPressure: 6,
};

const intake = {
  screening: [{ id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze on the calf', avoidRegions: ['calves'] }],
  confirmedUnchanged: false,
  painNow: 6,
  painRegions: ['lower-back'],
  painQuality: 'dull ache',
  goals: 'sleep well',
};

const soap = { subjective: 'sore after gardening', objective: 'tight lower back', assessment: 'eased', plan: 'weekly for a month' };

const plan = {
  ...structuredClone(defaultPlan60),
  id: 'fuzz-plan',
  name: 'Fuzz plan',
  phases: defaultPlan60.phases.map((phase) =>
    phase.id === 'targeted'
      ? { ...phase, segments: [{ id: 'seg-1', name: 'Back', durationSec: phase.durationSec / 2 }, { id: 'seg-2', name: 'Legs', durationSec: phase.durationSec / 2 }] }
      : phase,
  ),
};

const handoutDocument = {
  title: 'Aftercare for Ana',
  clientName: 'Ana Ruiz',
  date: '2026-11-22',
  therapist: 'Sam Lee',
  clinicName: 'Stillwater Bodywork',
  intro: ['Thank you for coming in.'],
  sections: [
    { id: 'expect', heading: 'What to expect', blocks: [{ kind: 'paragraph', text: 'You may feel tender tomorrow.' }] },
    {
      id: 'stretches',
      heading: 'Stretches',
      blocks: [],
      stretches: [{ id: 'own-1', name: 'Calf drop', steps: ['Stand on a step.'], holdSeconds: 30, repetitions: 2, perSide: true }],
    },
  ],
};

const handoutSettings = {
  clinic: { name: 'Stillwater Bodywork', contact: '12 Elm Street', therapist: 'Sam Lee' },
  hiddenStretchIds: [],
  customStretches: [{ id: 'own-1', name: 'Calf drop', regions: ['calves'], steps: ['Stand on a step.'], holdSeconds: 30, repetitions: 2, perSide: true }],
};

const template = {
  name: 'Calves only',
  sections: { today: true, expect: true, care: false, stretches: true, doctor: true, followUp: false, note: true },
  introLines: ['Thank you for coming in.'],
  stretchLimit: 4,
};

/**
 * Well-formed requests for the feature channels, so mutations of them get
 * past the top-level shape and reach the nested checks and the services.
 */
export function validRequests({ clientId, sessionId, entryId }: FuzzIds): Record<string, unknown[]> {
  return {
    'session.start': [{ planId: 'default-60', clientId }, { planId: 'fuzz-plan' }],
    'clients.search': [{ query: 'ana' }, { query: 'ruiz', includeArchived: true }],
    'clients.get': [{ clientId }],
    'clients.create': [{ fields }],
    'clients.update': [{ clientId, revision: 1, fields: { ...fields, notes: 'likes the room cooler' } }],
    'clients.archive': [{ clientId, revision: 2, archived: false }],
    'clients.history': [{ clientId }],
    'clients.session': [{ clientId, sessionId }],
    'clients.export': [{ clientId, format: 'csv' }, { clientId, format: 'json' }],
    'room.selection.get': [{ sessionId }],
    'room.selection.set': [{ sessionId, selection: { region: 'calves', technique: 'friction', level: 7 } }],
    'intake.save': [{ sessionId, intake }],
    'intake.acknowledge': [{ sessionId, decision: 'modify', note: 'calves left out' }],
    'pressure.log': [{ sessionId, region: 'lower-back', technique: 'petrissage', level: 5, response: 'just-right', note: 'breathing slowed' }],
    'pressure.correct': [{ sessionId, entryId, change: { level: 4, note: 'lighter' } }, { sessionId, entryId, change: { withdrawn: true } }],
    'record.save': [{ sessionId, painAfter: 3, soap, basedOn: null }],
    'record.sign': [{ sessionId, painAfter: 3, soap, by: 'Mia Chen', basedOn: null }],
    'record.amend': [{ sessionId, by: 'Mia Chen', reason: 'typo', field: 'plan', text: 'every two weeks' }],
    'plans.save': [{ plan }],
    'plans.duplicate': [{ planId: 'fuzz-plan' }],
    'plans.delete': [{ planId: 'fuzz-plan' }],
    'plans.reorder': [{ planIds: ['fuzz-plan', 'default-60'] }],
    'settings.update': [{ theme: 'amber', volume: 0.5 }, { silent: true, keepEndTime: false }],
    'handout.settings.save': [handoutSettings],
    'handout.templates.save': [template, { ...template, id: 'template-1' }],
    'handout.templates.delete': [{ id: 'template-1' }],
    'handout.pdf': [{ sessionId, document: handoutDocument, paper: 'a4', largePrint: false }],
    'handout.given': [{ sessionId }],
  };
}
