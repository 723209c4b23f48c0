export type BodySide = 'front' | 'back';

export interface BodyRegion {
  id: RegionId;
  label: string;
  side: BodySide;
}

export const regionIds = [
  'neck',
  'shoulders',
  'upper-back',
  'lower-back',
  'glutes',
  'hamstrings',
  'calves',
  'head',
  'chest',
  'arms',
  'hands',
  'abdomen',
  'hips',
  'thighs',
  'knees',
  'feet',
] as const;

export type RegionId = (typeof regionIds)[number];

export const bodyRegions: readonly BodyRegion[] = [
  { id: 'neck', label: 'Neck', side: 'back' },
  { id: 'shoulders', label: 'Shoulders', side: 'back' },
  { id: 'upper-back', label: 'Upper back', side: 'back' },
  { id: 'lower-back', label: 'Lower back', side: 'back' },
  { id: 'glutes', label: 'Glutes', side: 'back' },
  { id: 'hamstrings', label: 'Hamstrings', side: 'back' },
  { id: 'calves', label: 'Calves', side: 'back' },
  { id: 'head', label: 'Head and face', side: 'front' },
  { id: 'chest', label: 'Chest', side: 'front' },
  { id: 'arms', label: 'Arms', side: 'front' },
  { id: 'hands', label: 'Forearms and hands', side: 'front' },
  { id: 'abdomen', label: 'Abdomen', side: 'front' },
  { id: 'hips', label: 'Hips', side: 'front' },
  { id: 'thighs', label: 'Thighs', side: 'front' },
  { id: 'knees', label: 'Knees', side: 'front' },
  { id: 'feet', label: 'Feet', side: 'front' },
];

export function regionLabel(id: RegionId): string {
  return bodyRegions.find((region) => region.id === id)?.label ?? id;
}
