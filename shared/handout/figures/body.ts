import { along, capsulePath, circlePath, distance, headingOf, polygonPath, smoothClosedPath, type Point } from './geometry';
import { measures, spinePoint, type LimbJoints, type Skeleton } from './skeleton';

/** One filled piece of the figure; pieces of one limb share a name so the limb draws as one silhouette. */
export interface BodyPart {
  name: 'torso' | 'head' | 'mouth' | 'nearArm' | 'farArm' | 'nearLeg' | 'farLeg';
  d: string;
}

/** Half-widths of the torso along the spine, toward the front and toward the back (side view). */
const sideProfile: ReadonlyArray<readonly [t: number, front: number, back: number]> = [
  [0, 6.2, 7],
  [0.4, 5.6, 5.2],
  [0.72, 7.2, 5.8],
  [0.96, 5, 5.6],
];

/** Half-widths of the torso along the spine, seen from the front. */
const frontProfile: ReadonlyArray<readonly [t: number, half: number]> = [
  [0, 7.2],
  [0.4, 6],
  [0.72, 7.6],
  [0.95, 9.4],
];

function torsoOutline(skeleton: Skeleton): Point[] {
  const frontSide: Point[] = [];
  const backSide: Point[] = [];
  const widths = skeleton.view === 'side' ? sideProfile : frontProfile.map(([t, half]) => [t, half, half] as const);
  for (const [t, front, back] of widths) {
    const centre = spinePoint(skeleton, t);
    const tangent = headingOf(spinePoint(skeleton, Math.max(0, t - 0.05)), spinePoint(skeleton, Math.min(1, t + 0.05)));
    frontSide.push(along(centre, tangent - 90, front * skeleton.scale));
    backSide.push(along(centre, tangent + 90, back * skeleton.scale));
  }
  const top = along(skeleton.neckBase, headingOf(spinePoint(skeleton, 0.9), skeleton.neckBase), 1.2 * skeleton.scale);
  const bottom = along(skeleton.hip, headingOf(spinePoint(skeleton, 0.1), skeleton.hip), 4.5 * skeleton.scale);
  return [bottom, ...frontSide, top, ...backSide.reverse()];
}

/** A small nose past the skull shows which way the face looks (side views only). */
function noseCorners(skeleton: Skeleton): Point[] {
  const k = skeleton.scale;
  const r = measures.headRadius * k;
  const face = skeleton.faceHeading;
  return [
    along(skeleton.head, face - 40, r - 0.8 * k),
    along(skeleton.head, face + 8, r + 2.4 * k),
    along(skeleton.head, face + 30, r - 0.6 * k),
  ];
}

function headPath(skeleton: Skeleton): string {
  const k = skeleton.scale;
  const neck = capsulePath(skeleton.neckBase, 2.8 * k, skeleton.head, 2.8 * k);
  const skull = circlePath(skeleton.head, measures.headRadius * k);
  if (skeleton.view === 'front') return `${neck} ${skull}`;
  return `${neck} ${skull} ${polygonPath(noseCorners(skeleton))}`;
}

/** Only a side view draws a face, so only a side view shows the jaw dropped open. */
function opensJaw(skeleton: Skeleton): boolean {
  return skeleton.view === 'side' && skeleton.jaw > 0;
}

const chinRadius = 2.3;

/** The lower jaw, hinged below the ear: where it hinges, where the chin ends and which way it points. */
function jawLine(skeleton: Skeleton): { hinge: Point; chin: Point; chinHeading: number } {
  const k = skeleton.scale;
  const r = measures.headRadius * k;
  const face = skeleton.faceHeading;
  const hinge = along(skeleton.head, face - 150, r * 0.35);
  const closedChin = along(skeleton.head, face - 35, r * 0.95);
  const chinHeading = headingOf(hinge, closedChin) - skeleton.jaw;
  return { hinge, chin: along(hinge, chinHeading, distance(hinge, closedChin) + 1.5 * k), chinHeading };
}

/** The lower jaw and the open mouth above it. */
function jawAndMouth(skeleton: Skeleton): { jaw: string; mouth: string } {
  const k = skeleton.scale;
  const r = measures.headRadius * k;
  const face = skeleton.faceHeading;
  const { hinge, chin, chinHeading } = jawLine(skeleton);
  return {
    jaw: capsulePath(hinge, 2.8 * k, chin, chinRadius * k),
    mouth: polygonPath([
      along(skeleton.head, face - 28, r * 0.6),
      along(skeleton.head, face - 6, r * 1.3),
      along(chin, chinHeading + 90, chinRadius * k),
    ]),
  };
}

/** Radii at shoulder, elbow, wrist and hand; at hip, knee, ankle and toes. */
const armRadii = [3.5, 2.9, 2.2, 2.6] as const;
const legRadii = [5.8, 4, 2.6, 1.8] as const;

function limbPath(joints: LimbJoints, radii: readonly [number, number, number, number], k: number): string {
  const [root, middle, end, tip] = radii.map((r) => r * k) as [number, number, number, number];
  return [
    capsulePath(joints.root, root, joints.middle, middle),
    capsulePath(joints.middle, middle, joints.end, end),
    capsulePath(joints.end, end, joints.tip, tip),
  ].join(' ');
}

function headParts(skeleton: Skeleton): BodyPart[] {
  if (!opensJaw(skeleton)) return [{ name: 'head', d: headPath(skeleton) }];
  const { jaw, mouth } = jawAndMouth(skeleton);
  return [
    { name: 'head', d: `${headPath(skeleton)} ${jaw}` },
    { name: 'mouth', d: mouth },
  ];
}

/**
 * The figure's pieces in drawing order: far limbs behind the body, near limbs in front,
 * and the head last so a hand or an arm beside it never hides the face.
 */
export function bodyParts(skeleton: Skeleton): BodyPart[] {
  const k = skeleton.scale;
  return [
    { name: 'farArm', d: limbPath(skeleton.farArm, armRadii, k) },
    { name: 'farLeg', d: limbPath(skeleton.farLeg, legRadii, k) },
    { name: 'torso', d: smoothClosedPath(torsoOutline(skeleton)) },
    { name: 'nearLeg', d: limbPath(skeleton.nearLeg, legRadii, k) },
    { name: 'nearArm', d: limbPath(skeleton.nearArm, armRadii, k) },
    ...headParts(skeleton),
  ];
}

/** Points on the skin farthest from the middle, to set the figure on its floor. */
export function bodyExtremes(skeleton: Skeleton): Array<{ at: Point; r: number }> {
  const k = skeleton.scale;
  const limbs = (j: LimbJoints, r: readonly number[]) =>
    [j.root, j.middle, j.end, j.tip].map((at, index) => ({ at, r: (r[index] ?? 0) * k }));
  return [
    ...torsoOutline(skeleton).map((at) => ({ at, r: 0 })),
    { at: skeleton.head, r: measures.headRadius * k },
    ...limbs(skeleton.nearArm, armRadii),
    ...limbs(skeleton.farArm, armRadii),
    ...limbs(skeleton.nearLeg, legRadii),
    ...limbs(skeleton.farLeg, legRadii),
    ...faceExtremes(skeleton),
  ];
}

/** The nose and a dropped chin reach past the skull: a face turned to the floor rests on them. */
function faceExtremes(skeleton: Skeleton): Array<{ at: Point; r: number }> {
  if (skeleton.view === 'front') return [];
  const nose = noseCorners(skeleton).map((at) => ({ at, r: 0 }));
  return opensJaw(skeleton) ? [...nose, { at: jawLine(skeleton).chin, r: chinRadius * skeleton.scale }] : nose;
}
