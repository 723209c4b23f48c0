import type { RegionId } from '../../body/regions';
import type { Language } from '../../i18n/languages';
import { translator } from '../../i18n/translate';
import type { Stretch, StretchWords } from './stretch';
import * as diagrams from './stretch-diagrams';

type StretchFacts = Omit<Stretch, keyof StretchWords>;

/** Gentle home stretches, grouped by the region each mainly works; within a group the gentlest comes first. Their words are in the catalogs. */
const stretchFacts: readonly StretchFacts[] = [
  {
    id: 'side-neck-tilt',
    regions: ['neck', 'shoulders'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.sideNeckTiltDiagram,
  },
  {
    id: 'chin-to-chest',
    regions: ['neck', 'upper-back'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: false,
    diagram: diagrams.chinToChestDiagram,
  },
  {
    id: 'cross-body-shoulder',
    regions: ['shoulders', 'upper-back', 'arms'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.crossBodyShoulderDiagram,
  },
  {
    id: 'wall-walk-up',
    regions: ['shoulders', 'arms'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.wallWalkUpDiagram,
  },
  {
    id: 'upper-back-reach',
    regions: ['upper-back', 'shoulders'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: false,
    diagram: diagrams.upperBackReachDiagram,
  },
  {
    id: 'cat-stretch',
    regions: ['upper-back', 'lower-back'],
    holdSeconds: 20,
    repetitions: 3,
    perSide: false,
    diagram: diagrams.catStretchDiagram,
  },
  {
    id: 'knee-to-chest',
    regions: ['lower-back', 'glutes'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.kneeToChestDiagram,
  },
  {
    id: 'childs-pose',
    regions: ['lower-back', 'upper-back', 'shoulders'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: false,
    diagram: diagrams.childsPoseDiagram,
  },
  {
    id: 'lying-knee-twist',
    regions: ['lower-back', 'hips'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.lyingKneeTwistDiagram,
  },
  {
    id: 'figure-four-lying',
    regions: ['glutes', 'hips', 'lower-back'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.figureFourLyingDiagram,
  },
  {
    id: 'figure-four-seated',
    regions: ['glutes', 'hips'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.figureFourSeatedDiagram,
  },
  {
    id: 'seated-hamstring',
    regions: ['hamstrings', 'calves'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.seatedHamstringDiagram,
  },
  {
    id: 'lying-hamstring-towel',
    regions: ['hamstrings', 'calves'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.lyingHamstringTowelDiagram,
  },
  {
    id: 'wall-calf',
    regions: ['calves', 'feet'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.wallCalfDiagram,
  },
  {
    id: 'bent-knee-calf',
    regions: ['calves', 'feet'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.bentKneeCalfDiagram,
  },
  {
    id: 'jaw-release',
    regions: ['head'],
    holdSeconds: 20,
    repetitions: 3,
    perSide: false,
    diagram: diagrams.jawReleaseDiagram,
  },
  {
    id: 'base-of-skull-nod',
    regions: ['head', 'neck'],
    holdSeconds: 20,
    repetitions: 3,
    perSide: false,
    diagram: diagrams.baseOfSkullNodDiagram,
  },
  {
    id: 'doorway-chest',
    regions: ['chest', 'shoulders'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.doorwayChestDiagram,
  },
  {
    id: 'behind-back-opener',
    regions: ['chest', 'shoulders', 'arms'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: false,
    diagram: diagrams.behindBackOpenerDiagram,
  },
  {
    id: 'overhead-triceps',
    regions: ['arms', 'shoulders'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.overheadTricepsDiagram,
  },
  {
    id: 'wall-biceps',
    regions: ['arms', 'chest'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.wallBicepsDiagram,
  },
  {
    id: 'wrist-flexor',
    regions: ['hands', 'arms'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.wristFlexorDiagram,
  },
  {
    id: 'wrist-extensor',
    regions: ['hands', 'arms'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.wristExtensorDiagram,
  },
  {
    id: 'sphinx',
    regions: ['abdomen', 'lower-back'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: false,
    diagram: diagrams.sphinxDiagram,
  },
  {
    id: 'standing-side-reach',
    regions: ['abdomen', 'upper-back'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.standingSideReachDiagram,
  },
  {
    id: 'kneeling-hip-flexor',
    regions: ['hips', 'thighs'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.kneelingHipFlexorDiagram,
  },
  {
    id: 'butterfly',
    regions: ['hips', 'thighs'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: false,
    diagram: diagrams.butterflyDiagram,
  },
  {
    id: 'standing-quad',
    regions: ['thighs', 'hips'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.standingQuadDiagram,
  },
  {
    id: 'prone-quad',
    regions: ['thighs', 'hips'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.proneQuadDiagram,
  },
  {
    id: 'seated-toe-pull',
    regions: ['feet', 'calves'],
    holdSeconds: 30,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.seatedToePullDiagram,
  },
  {
    id: 'top-of-foot',
    regions: ['feet'],
    holdSeconds: 20,
    repetitions: 2,
    perSide: true,
    diagram: diagrams.topOfFootDiagram,
  },
];

/** A built-in stretch's name, steps and caution in one language; undefined for an id the catalogs do not know. */
export function stretchWords(id: string, language: Language): StretchWords | undefined {
  const words = translator(language);
  const name = words.lookup(`stretches.${id}.name`);
  const steps = words.lookupList(`stretches.${id}.steps`);
  if (name === undefined || steps === undefined) return undefined;
  const caution = words.lookup(`stretches.${id}.caution`);
  return caution === undefined ? { name, steps } : { name, steps, caution };
}

/** The built-in library, in English: the reference language the therapist's screens use. */
export const stretchLibrary: readonly Stretch[] = stretchFacts.map((facts) => {
  const words = stretchWords(facts.id, 'en');
  if (!words) throw new Error(`The English catalog has no words for the stretch ${facts.id}`);
  return { ...facts, ...words };
});

/** One list per region, taken in turns, so every region gets a stretch before any region gets a second. */
function inTurns<S>(lists: readonly (readonly S[])[]): S[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const result: S[] = [];
  for (let round = 0; round < longest; round += 1) {
    for (const list of lists) {
      const stretch = list[round];
      if (stretch) result.push(stretch);
    }
  }
  return result;
}

/**
 * Stretches for the regions worked, in the order given: first those that mainly work each region,
 * then those that also reach it. No stretch appears twice. A therapist's own library may stand in
 * for the built-in one.
 */
export function stretchesForRegions(regions: readonly RegionId[], limit?: number): Stretch[];
export function stretchesForRegions<S extends Pick<Stretch, 'regions'>>(
  regions: readonly RegionId[],
  limit: number,
  library: readonly S[],
): S[];
export function stretchesForRegions<S extends Pick<Stretch, 'regions'>>(
  regions: readonly RegionId[],
  limit = 4,
  library: readonly S[] = stretchLibrary as unknown as readonly S[],
): S[] {
  const worked = [...new Set(regions)];
  const mainly = worked.map((region) => library.filter((stretch) => stretch.regions[0] === region));
  const also = worked.map((region) =>
    library.filter((stretch) => stretch.regions[0] !== region && stretch.regions.includes(region)),
  );
  const ranked = [...new Set([...inTurns(mainly), ...inTurns(also)])];
  return ranked.slice(0, Math.max(0, Math.floor(limit)));
}
