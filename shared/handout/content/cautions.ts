/** Screening answers that call for a word with the client's doctor before more bodywork. */
export const cautionIds = [
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

export type CautionId = (typeof cautionIds)[number];

export const cautionLabels: Readonly<Record<CautionId, string>> = {
  fever: 'Fever',
  'open-wound-or-skin-infection': 'Open wound or skin infection',
  'blood-clots': 'Blood clots or a clotting disorder',
  'recent-surgery': 'Recent surgery',
  'metastatic-cancer': 'Metastatic cancer',
  'advanced-osteoporosis': 'Advanced osteoporosis',
  'serious-spinal-issue': 'Serious spinal condition',
  pregnancy: 'Pregnancy',
  other: 'Another health condition',
};
