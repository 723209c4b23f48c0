/** Techniques from the seeds, in the order the room list shows them. */
export const techniqueIds = [
  'effleurage',
  'petrissage',
  'friction',
  'trigger-point',
  'myofascial-release',
  'deep-tissue',
  'stretching',
  'cupping',
  'hot-stone',
  'ashiatsu',
  'other',
] as const;

export type TechniqueId = (typeof techniqueIds)[number];

export const techniqueLabels: Readonly<Record<TechniqueId, string>> = {
  effleurage: 'Effleurage',
  petrissage: 'Petrissage (kneading)',
  friction: 'Friction',
  'trigger-point': 'Trigger point',
  'myofascial-release': 'Myofascial release',
  'deep-tissue': 'Deep tissue',
  stretching: 'Stretching',
  cupping: 'Cupping (decompression)',
  'hot-stone': 'Hot stone',
  ashiatsu: 'Ashiatsu',
  other: 'Other',
};
