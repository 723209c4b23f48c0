/**
 * The health screen asked at every visit, and the one list of cautions: the
 * handout's doctor advice is keyed by these ids. Facts from seeds 002 and 003.
 */
export const screeningIds = [
  'fever',
  'open-wound-or-skin-infection',
  'blood-clots',
  'recent-surgery',
  'metastatic-cancer',
  'advanced-osteoporosis',
  'serious-spinal-issue',
  'pregnancy',
  'other',
] as const;

export type ScreeningId = (typeof screeningIds)[number];

/** How the therapist plans to handle a condition the client reports. */
export const screeningLevels = ['proceed', 'modify', 'consult'] as const;
export type ScreeningLevel = (typeof screeningLevels)[number];

export interface ScreeningQuestion {
  id: ScreeningId;
  label: string;
  /** The level the form suggests when the client says yes; the therapist may change it. */
  suggestedLevel: ScreeningLevel;
}

export const screeningQuestions: readonly ScreeningQuestion[] = [
  { id: 'fever', label: 'Fever or feeling unwell today', suggestedLevel: 'consult' },
  { id: 'open-wound-or-skin-infection', label: 'Open wound or skin infection', suggestedLevel: 'modify' },
  { id: 'blood-clots', label: 'History of blood clots or a clotting disorder', suggestedLevel: 'consult' },
  { id: 'recent-surgery', label: 'Surgery in the recent past', suggestedLevel: 'consult' },
  { id: 'metastatic-cancer', label: 'Metastatic cancer', suggestedLevel: 'consult' },
  { id: 'advanced-osteoporosis', label: 'Advanced osteoporosis', suggestedLevel: 'consult' },
  { id: 'serious-spinal-issue', label: 'A serious spinal condition', suggestedLevel: 'consult' },
  { id: 'pregnancy', label: 'Pregnancy', suggestedLevel: 'consult' },
  { id: 'other', label: 'Another condition the therapist should know about', suggestedLevel: 'modify' },
];

export const levelLabels: Readonly<Record<ScreeningLevel, string>> = {
  proceed: 'Proceed',
  modify: 'Modify: avoid the area',
  consult: 'Consult a doctor first',
};

export function screeningLabel(id: ScreeningId): string {
  return screeningQuestions.find((question) => question.id === id)?.label ?? id;
}
