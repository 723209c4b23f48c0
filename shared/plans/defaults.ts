import type { CueSound, Phase, Plan } from './plan';

const minutes = (n: number): number => Math.round(n * 60);

/** Calm, dark tints, one per kind of phase; the room fades between them. */
const tints = {
  arrival: '#0f1418',
  assessment: '#10161c',
  preparation: '#121519',
  'warm-up': '#0f1816',
  targeted: '#151319',
  integration: '#13170f',
  'post-treatment': '#141416',
  'wrap-up': '#17130f',
} as const;
type Kind = keyof typeof tints;

/** The app's phase tints in the order of a session, for a phase the therapist adds. */
export const phaseTints: readonly string[] = Object.values(tints);

const endCue: Record<Kind, CueSound> = {
  arrival: { timbre: 'soft', volume: 0.6 },
  assessment: { timbre: 'soft', volume: 0.6 },
  preparation: { timbre: 'wood', volume: 0.6 },
  'warm-up': { timbre: 'bowl', volume: 0.7 },
  targeted: { timbre: 'bowl', volume: 0.7 },
  integration: { timbre: 'bell', volume: 0.8 },
  'post-treatment': { timbre: 'wood', volume: 0.6 },
  'wrap-up': { timbre: 'bell', volume: 0.8 },
};

interface PhaseOptions {
  name?: string;
  optional?: boolean;
  enabled?: boolean;
  warningMin?: number;
  /** [name, minutes] pairs; they must add up to the phase. */
  segments?: [string, number][];
}

const standardNames: Record<Kind, string> = {
  arrival: 'Arrival & intake',
  assessment: 'Consultation & assessment',
  preparation: 'Preparation',
  'warm-up': 'Warm-up',
  targeted: 'Targeted work',
  integration: 'Integration',
  'post-treatment': 'Dressing time',
  'wrap-up': 'Wrap-up & aftercare',
};

function phase(kind: Kind, durationMin: number, minimumMin: number, options: PhaseOptions = {}): Phase {
  const handsOn = kind === 'warm-up' || kind === 'targeted' || kind === 'integration';
  const built: Phase = {
    id: kind,
    name: options.name ?? standardNames[kind],
    durationSec: minutes(durationMin),
    minimumSec: minutes(minimumMin),
    optional: options.optional ?? false,
    enabled: options.enabled ?? true,
    handsOn,
    color: tints[kind],
    cue: endCue[kind],
    warningSec: minutes(options.warningMin ?? (kind === 'targeted' ? 1 : 0)),
  };
  if (options.segments) {
    built.segments = options.segments.map(([name, segmentMin], index) => ({
      id: `${kind}-${index + 1}`,
      name,
      durationSec: minutes(segmentMin),
      cue: { timbre: 'soft', volume: 0.6 },
    }));
  }
  return built;
}

/** Therapist out of the room while the client settles on the table (seed: about 5 minutes). */
const preparation = (min = 5): Phase => phase('preparation', min, 2, { optional: true, enabled: false });
/** Client dresses while the therapist waits outside (seed: about 5 minutes). */
const dressing = (): Phase => phase('post-treatment', 5, 2, { optional: true, enabled: false });

function plan(id: string, name: string, phases: Phase[]): Plan {
  return { id, name, phases, sessionWarningSec: minutes(5), warningCue: { timbre: 'soft', volume: 0.4 } };
}

/**
 * The seed timeline scaled to a 60-minute booking (DESIGN.md). Preparation
 * ships switched off, so its 3 minutes go to targeted work and the six
 * phases fill the hour.
 */
export const defaultPlan60: Plan = plan('default-60', '60-minute session', [
  phase('arrival', 5, 3),
  phase('assessment', 5, 3),
  preparation(3),
  phase('warm-up', 10, 5),
  phase('targeted', 28, 12),
  phase('integration', 7, 3),
  phase('wrap-up', 5, 3),
]);

/** A short booking: talk is kept brief so that most of the time stays hands-on. */
export const defaultPlan30: Plan = plan('default-30', '30-minute session', [
  phase('arrival', 3, 2),
  phase('assessment', 3, 2),
  phase('warm-up', 5, 3),
  phase('targeted', 12, 6),
  phase('integration', 4, 2),
  phase('wrap-up', 3, 2),
]);

/** A long booking: the seed's upper hands-on range with room for preparation and dressing time. */
export const defaultPlan90: Plan = plan('default-90', '90-minute session', [
  phase('arrival', 5, 3),
  phase('assessment', 5, 3),
  preparation(),
  phase('warm-up', 15, 8),
  phase('targeted', 45, 20),
  phase('integration', 12, 5),
  dressing(),
  phase('wrap-up', 8, 5),
]);

/** Per-technique templates; lengths follow the seeds' technique table where it gives one. */
export const techniquePlans: Plan[] = [
  plan('deep-tissue-60', 'Deep tissue, 60 minutes', [
    phase('arrival', 5, 3),
    phase('assessment', 5, 3),
    preparation(),
    phase('warm-up', 10, 5),
    phase('targeted', 25, 12, {
      name: 'Deep tissue work',
      segments: [
        ['Lower back', 10],
        ['Neck & shoulders', 8],
        ['Legs', 7],
      ],
    }),
    phase('integration', 10, 4),
    dressing(),
    phase('wrap-up', 5, 3),
  ]),
  plan('swedish-60', 'Swedish relaxation, 60 minutes', [
    phase('arrival', 5, 3),
    phase('assessment', 3, 2),
    preparation(),
    phase('warm-up', 8, 4, { name: 'Long gliding strokes' }),
    phase('targeted', 30, 15, {
      name: 'Full-body relaxation',
      warningMin: 0,
      segments: [
        ['Back', 10],
        ['Legs', 10],
        ['Arms, neck & shoulders', 10],
      ],
    }),
    phase('integration', 9, 4),
    dressing(),
    phase('wrap-up', 5, 3),
  ]),
  plan('myofascial-75', 'Myofascial release, 75 minutes', [
    phase('arrival', 5, 3),
    phase('assessment', 8, 4),
    preparation(),
    phase('warm-up', 10, 5),
    phase('targeted', 35, 15, { name: 'Sustained fascial release' }),
    phase('integration', 10, 4),
    dressing(),
    phase('wrap-up', 7, 3),
  ]),
  plan('trigger-point-45', 'Trigger point, 45 minutes', [
    phase('arrival', 5, 3),
    phase('assessment', 5, 3),
    phase('warm-up', 7, 4),
    phase('targeted', 18, 8, {
      name: 'Trigger point work',
      segments: [
        ['Neck & shoulders', 8],
        ['Upper back', 5],
        ['Lower back', 5],
      ],
    }),
    phase('integration', 5, 2),
    phase('wrap-up', 5, 3),
  ]),
  plan('cupping-60', 'Decompression (cupping), 60 minutes', [
    phase('arrival', 5, 3),
    phase('assessment', 5, 3, { name: 'Consultation & health check' }),
    preparation(),
    phase('warm-up', 8, 4),
    phase('targeted', 25, 12, {
      name: 'Cup glide work',
      segments: [
        ['Back', 15],
        ['Neck & shoulders', 10],
      ],
    }),
    phase('integration', 10, 4),
    dressing(),
    phase('wrap-up', 7, 3),
  ]),
  plan('hot-stone-60', 'Hot stone, 60 minutes', [
    phase('arrival', 5, 3),
    phase('assessment', 5, 3),
    preparation(),
    phase('warm-up', 10, 5, { name: 'Stone placement & warm-up' }),
    phase('targeted', 25, 12, { name: 'Hot stone work' }),
    phase('integration', 8, 3),
    dressing(),
    phase('wrap-up', 7, 3),
  ]),
];

export const defaultPlans: readonly Plan[] = [defaultPlan60, defaultPlan30, defaultPlan90, ...techniquePlans];

export function findDefaultPlan(id: string): Plan | undefined {
  return defaultPlans.find((plan) => plan.id === id);
}
