// One figure drawing per stretch in the library, posed with the kit in ../figures.
// Side views face right; headings: 0 points down, 90 forward (right), 180 up, -90 back (left).
import { moveArrow, turnArrow } from '../figures/arrows';
import { figureDiagram } from '../figures/figure-drawing';
import { along, lerp } from '../figures/geometry';
import { chair, chairBack, cushion, doorFrame, floor, floorY, mat, stool, towel, wall } from '../figures/props';
import type { Pose, Skeleton } from '../figures/skeleton';
import type { StretchDiagram } from './stretch';

const matTop = floorY - 3;

/** Standing tall, seen from the side. */
function standing(changes: Partial<Pose> = {}): Pose {
  return {
    view: 'side',
    hip: { x: 60, y: 56 },
    torso: 180,
    nearArm: { upper: 3, lower: 6 },
    farArm: { upper: -4, lower: -2 },
    nearLeg: { upper: 3, lower: 0 },
    farLeg: { upper: -4, lower: -3 },
    ...changes,
  };
}

/** Standing tall, facing the reader. */
function facing(changes: Partial<Pose> = {}): Pose {
  return {
    view: 'front',
    hip: { x: 60, y: 56 },
    torso: 180,
    nearArm: { upper: -8, lower: -4 },
    farArm: { upper: 8, lower: 4 },
    nearLeg: { upper: -3, lower: 0 },
    farLeg: { upper: 3, lower: 0 },
    ...changes,
  };
}

/** Sitting on a chair seen from the side, feet flat. */
function seated(changes: Partial<Pose> = {}): Pose {
  return standing({
    nearArm: { upper: 10, lower: 70 },
    farArm: { upper: 6, lower: 66 },
    nearLeg: { upper: 88, lower: 2 },
    farLeg: { upper: 84, lower: -2 },
    ...changes,
  });
}

/** Lying on the back, head to the left. */
function onBack(changes: Partial<Pose> = {}): Pose {
  return {
    view: 'side',
    hip: { x: 68, y: 90 },
    torso: -90,
    neck: -90,
    nearArm: { upper: 92, lower: 92 },
    farArm: { upper: 90, lower: 90 },
    nearLeg: { upper: 90, lower: 90, end: 175 },
    farLeg: { upper: 90, lower: 90, end: 175 },
    ...changes,
  };
}

/** Lying on the front, head to the right. */
function onFront(changes: Partial<Pose> = {}): Pose {
  return {
    view: 'side',
    hip: { x: 50, y: 90 },
    torso: 90,
    neck: 96,
    nearArm: { upper: 60, lower: 92 },
    farArm: { upper: 56, lower: 90 },
    nearLeg: { upper: -90, lower: -90, end: -20 },
    farLeg: { upper: -90, lower: -90, end: -20 },
    ...changes,
  };
}

/** Sitting on a stool, facing the reader: the thighs come toward the reader, so little of them shows. */
function seatedFacing(changes: Partial<Pose> = {}): Pose {
  return facing({
    nearLeg: { upper: -14, upperShows: 0.3, lower: -2 },
    farLeg: { upper: 14, upperShows: 0.3, lower: 2 },
    ...changes,
  });
}

/** A chair under a seated figure: the seat's front edge just behind the knees. */
function chairUnder(held: Skeleton) {
  return [floor(), ...chair(held.hip.x + 12 * held.scale, held.hip.y + 5.5 * held.scale, 24 * held.scale)];
}

/** A stool under a seated figure facing the reader. */
function stoolUnder(held: Skeleton) {
  return [floor(), ...stool(held.hip.x, held.hip.y + 3 * held.scale, 36 * held.scale)];
}

export const sideNeckTiltDiagram: StretchDiagram = figureDiagram({
  pose: seatedFacing({ scale: 1.25, neck: 216, farArm: { upper: 16, lower: 14, end: 14 } }),
  start: seatedFacing({ scale: 1.25 }),
  props: stoolUnder,
  arrows: (held) => [turnArrow(held.neckBase, 26, 170, 222), moveArrow(along(held.farArm.tip, 70, 9), along(held.farArm.tip, 25, 19))],
});

export const chinToChestDiagram: StretchDiagram = figureDiagram({
  pose: seated({ scale: 1.25, hip: { x: 48, y: 60 }, neck: 128 }),
  start: seated({ scale: 1.25, hip: { x: 48, y: 60 } }),
  props: chairUnder,
  arrows: (held) => [turnArrow(held.neckBase, 26, 170, 118)],
});

export const crossBodyShoulderDiagram: StretchDiagram = figureDiagram({
  pose: facing({ nearArm: { upper: 94, lower: 90 }, farArm: { upper: 36, lower: 198, end: 160 } }),
  start: facing(),
  props: () => [floor()],
  arrows: (held) => [turnArrow(held.nearArm.root, 36, 22, 78)],
});

export const wallWalkUpDiagram: StretchDiagram = figureDiagram({
  pose: standing({ scale: 0.84, hip: { x: 50, y: 56 }, nearArm: { upper: 140, lower: 145 } }),
  start: standing({ scale: 0.84, hip: { x: 50, y: 56 }, nearArm: { upper: 28, lower: 112 } }),
  props: (held) => [wall(held.nearArm.tip.x + 2.5), floor(floorY, 4, held.nearArm.tip.x + 3)],
  // Beside the wall, so the arrow runs up it without crossing the face.
  arrows: (held, start) => [moveArrow({ x: held.nearArm.tip.x + 15, y: start?.nearArm.tip.y ?? 50 }, { x: held.nearArm.tip.x + 15, y: held.nearArm.tip.y })],
});

export const upperBackReachDiagram: StretchDiagram = figureDiagram({
  pose: standing({ torso: 170, bend: 7, neck: 118, nearArm: { upper: 88, lower: 94 }, farArm: { upper: 84, lower: 92 }, nearLeg: { upper: 12, lower: -6 }, farLeg: { upper: 4, lower: -10 } }),
  start: standing({ nearArm: { upper: 88, lower: 92 }, farArm: { upper: 84, lower: 90 }, nearLeg: { upper: 12, lower: -6 }, farLeg: { upper: 4, lower: -10 } }),
  props: () => [floor()],
  arrows: (held) => {
    const back = along(held.spineControl, -90, 12);
    return [moveArrow(back, along(back, -90, 12)), moveArrow(along(held.nearArm.tip, 90, 4), along(held.nearArm.tip, 90, 16))];
  },
});

export const catStretchDiagram: StretchDiagram = figureDiagram({
  pose: {
    view: 'side',
    hip: { x: 40, y: 70 },
    torso: 92,
    bend: 6,
    neck: 40,
    nearArm: { upper: 2, lower: 0, end: 90 },
    farArm: { upper: -2, lower: 2, end: 90 },
    nearLeg: { upper: 2, lower: -90, end: -90 },
    farLeg: { upper: -2, lower: -90, end: -90 },
  },
  start: { view: 'side', hip: { x: 40, y: 70 }, torso: 92, neck: 110, nearArm: { upper: 2, lower: 0, end: 90 }, farArm: { upper: -2, lower: 2, end: 90 }, nearLeg: { upper: 2, lower: -90, end: -90 }, farLeg: { upper: -2, lower: -90, end: -90 } },
  restOn: matTop,
  props: () => [floor(), mat(6, 112)],
  arrows: (held) => {
    const top = along(held.spineControl, 180, 12);
    return [moveArrow(along(top, 0, 2), along(top, 180, 14))];
  },
});

export const kneeToChestDiagram: StretchDiagram = figureDiagram({
  pose: onBack({ nearLeg: { upper: -146, lower: 100, end: 190 }, nearArm: { upper: 150, lower: 115 }, farArm: { upper: 140, lower: 110 } }),
  start: onBack(),
  restOn: matTop,
  props: () => [floor(), mat(6, 114)],
  arrows: (held) => [turnArrow(held.hip, 34, 116, 184)],
});

export const childsPoseDiagram: StretchDiagram = figureDiagram({
  pose: {
    view: 'side',
    hip: { x: 30, y: 80 },
    torso: 80,
    bend: 3,
    neck: 62,
    nearArm: { upper: 76, lower: 90, end: 90 },
    farArm: { upper: 74, lower: 89, end: 90 },
    nearLeg: { upper: 62, lower: -92, end: -90 },
    farLeg: { upper: 60, lower: -92, end: -90 },
  },
  start: {
    view: 'side',
    hip: { x: 30, y: 80 },
    torso: 178,
    nearArm: { upper: 10, lower: 60 },
    farArm: { upper: 6, lower: 56 },
    nearLeg: { upper: 62, lower: -92, end: -90 },
    farLeg: { upper: 60, lower: -92, end: -90 },
  },
  restOn: matTop,
  props: () => [floor(), mat(6, 114)],
  arrows: (held) => [turnArrow(held.hip, 44, 166, 112)],
});

export const lyingKneeTwistDiagram: StretchDiagram = figureDiagram({
  pose: {
    view: 'front',
    hip: { x: 66, y: 60 },
    torso: -90,
    nearArm: { upper: 0, lower: 0 },
    farArm: { upper: 180, lower: 180 },
    nearLeg: { upper: 40, lower: 110, end: 20 },
    farLeg: { upper: 48, lower: 118, end: 28 },
  },
  restOn: false,
  props: () => [{ kind: 'shape', tone: 'prop', d: 'M10 18 L110 18 A4 4 0 0 1 114 22 L114 98 A4 4 0 0 1 110 102 L10 102 A4 4 0 0 1 6 98 L6 22 A4 4 0 0 1 10 18 Z' }],
  arrows: (held) => [turnArrow(held.hip, 36, 86, 42)],
});

export const figureFourLyingDiagram: StretchDiagram = figureDiagram({
  pose: onBack({ farLeg: { upper: 150, lower: 28, end: 110 }, nearLeg: { upper: 160, lower: 88, end: 170 } }),
  start: onBack({ farLeg: { upper: 150, lower: 28, end: 110 }, nearLeg: { upper: 150, lower: 28, end: 110 } }),
  restOn: matTop,
  props: () => [floor(), mat(6, 114)],
  arrows: (held) => [turnArrow(held.hip, 36, 128, 170)],
});

export const figureFourSeatedDiagram: StretchDiagram = figureDiagram({
  pose: seated({ hip: { x: 46, y: 60 }, torso: 148, nearLeg: { upper: 96, lower: -72, lowerShows: 0.55, end: -160 }, nearArm: { upper: 30, lower: 80 } }),
  start: seated({ hip: { x: 46, y: 60 }, nearLeg: { upper: 96, lower: -72, lowerShows: 0.55, end: -160 } }),
  props: chairUnder,
  arrows: (held) => [turnArrow(held.hip, 46, 174, 140)],
});

export const seatedHamstringDiagram: StretchDiagram = figureDiagram({
  pose: seated({ hip: { x: 40, y: 60 }, torso: 146, nearLeg: { upper: 58, lower: 58, end: 160 }, nearArm: { upper: 40, lower: 60 }, farArm: { upper: 34, lower: 56 } }),
  start: seated({ hip: { x: 40, y: 60 }, nearLeg: { upper: 58, lower: 58, end: 160 } }),
  props: chairUnder,
  arrows: (held) => [turnArrow(held.hip, 46, 174, 140)],
});

export const lyingHamstringTowelDiagram: StretchDiagram = figureDiagram({
  pose: onBack({
    hip: { x: 70, y: 90 },
    nearLeg: { upper: 176, lower: 176 },
    farLeg: { upper: 148, lower: 26, end: 112 },
    nearArm: { upper: 150, lower: 150 },
    farArm: { upper: 146, lower: 146 },
  }),
  start: onBack({ hip: { x: 70, y: 90 }, nearLeg: { upper: 150, lower: 150 }, farLeg: { upper: 148, lower: 26, end: 112 }, nearArm: { upper: 150, lower: 150 }, farArm: { upper: 146, lower: 146 } }),
  restOn: matTop,
  props: () => [floor(), mat(6, 114)],
  over: (held) => [towel([held.nearArm.tip, lerp(held.nearLeg.end, held.nearLeg.tip, 0.6)])],
  arrows: (held) => [turnArrow(held.hip, 52, 150, 186)],
});

export const wallCalfDiagram: StretchDiagram = figureDiagram({
  pose: standing({ hip: { x: 52, y: 56 }, torso: 164, nearArm: { upper: 78, lower: 88 }, farArm: { upper: 74, lower: 86 }, nearLeg: { upper: -26, lower: -26, end: 90 }, farLeg: { upper: 36, lower: -6 } }),
  start: standing({ hip: { x: 46, y: 56 }, nearLeg: { upper: -16, lower: -16 }, farLeg: { upper: 20, lower: 20 }, nearArm: { upper: 60, lower: 80 }, farArm: { upper: 56, lower: 76 } }),
  props: (held) => [wall(held.nearArm.tip.x + 2), floor(floorY, 4, held.nearArm.tip.x + 3)],
  arrows: (held) => [moveArrow(along(held.hip, -90, 18), along(held.hip, 90, 0))],
});

export const bentKneeCalfDiagram: StretchDiagram = figureDiagram({
  pose: standing({ hip: { x: 56, y: 62 }, torso: 172, nearArm: { upper: 70, lower: 86 }, farArm: { upper: 66, lower: 84 }, nearLeg: { upper: 6, lower: -34, end: 90 }, farLeg: { upper: 32, lower: -8, end: 90 } }),
  start: standing({ hip: { x: 56, y: 56 }, torso: 176, nearArm: { upper: 70, lower: 86 }, farArm: { upper: 66, lower: 84 }, nearLeg: { upper: -18, lower: -18 }, farLeg: { upper: 18, lower: 18 } }),
  props: (held) => [wall(held.nearArm.tip.x + 2), floor(floorY, 4, held.nearArm.tip.x + 3)],
  arrows: (held) => [moveArrow(along(held.hip, -90, 14), along(along(held.hip, -90, 14), 0, 16))],
});

export const jawReleaseDiagram: StretchDiagram = figureDiagram({
  pose: seated({ scale: 1.25, hip: { x: 48, y: 60 }, jaw: 30 }),
  start: seated({ scale: 1.25, hip: { x: 48, y: 60 } }),
  props: chairUnder,
  arrows: (held) => [moveArrow(along(held.head, 72, 15), along(held.head, 42, 29))],
});

export const baseOfSkullNodDiagram: StretchDiagram = figureDiagram({
  pose: seated({ scale: 1.25, hip: { x: 48, y: 60 }, neck: 184, face: 62 }),
  start: seated({ scale: 1.25, hip: { x: 48, y: 60 }, neck: 162, face: 90 }),
  props: chairUnder,
  arrows: (held) => [turnArrow(held.head, 19, 150, 76)],
});

export const doorwayChestDiagram: StretchDiagram = figureDiagram({
  pose: standing({ hip: { x: 60, y: 56 }, torso: 174, nearArm: { upper: -92, lower: 178 }, nearLeg: { upper: 18, lower: 0 }, farLeg: { upper: -14, lower: -10 } }),
  start: standing({ hip: { x: 52, y: 56 }, nearArm: { upper: -92, lower: 178 } }),
  props: (held) => [...doorFrame(held.nearArm.middle.x - 6.5), floor()],
  arrows: (held) => [moveArrow(along(held.neckBase, 90, 12), along(held.neckBase, 90, 26))],
});

export const behindBackOpenerDiagram: StretchDiagram = figureDiagram({
  pose: standing({ torso: 182, bend: -2, nearArm: { upper: -34, lower: -38 }, farArm: { upper: -30, lower: -34 } }),
  start: standing({ nearArm: { upper: -8, lower: -8 }, farArm: { upper: -6, lower: -6 } }),
  props: () => [floor()],
  arrows: (held) => [turnArrow(held.nearArm.root, 40, -14, -52)],
});

export const overheadTricepsDiagram: StretchDiagram = figureDiagram({
  pose: facing({ scale: 0.9, nearArm: { upper: 174, lower: 26 }, farArm: { upper: 204, lower: 252 } }),
  start: facing({ scale: 0.9, nearArm: { upper: 196, lower: 36 } }),
  props: () => [floor()],
  arrows: (held) => [turnArrow(held.nearArm.root, 25, 206, 166)],
});

export const wallBicepsDiagram: StretchDiagram = figureDiagram({
  pose: standing({ hip: { x: 62, y: 56 }, nearArm: { upper: -92, lower: -92, end: 180 } }),
  props: (held) => [wall(held.nearArm.tip.x - 8), floor(floorY, held.nearArm.tip.x - 3, 116)],
  arrows: (held) => [moveArrow(along(held.neckBase, 200, 4), along(held.neckBase, 70, 20), -8)],
});

export const wristFlexorDiagram: StretchDiagram = figureDiagram({
  pose: standing({ hip: { x: 50, y: 56 }, nearArm: { upper: 90, lower: 90, end: 196 }, farArm: { upper: 76, lower: 100, end: 110 } }),
  start: standing({ hip: { x: 50, y: 56 }, nearArm: { upper: 90, lower: 90, end: 150 }, farArm: { upper: 76, lower: 100, end: 110 } }),
  props: () => [floor()],
  arrows: (held) => [turnArrow(held.nearArm.end, 15, 136, 200)],
});

export const wristExtensorDiagram: StretchDiagram = figureDiagram({
  pose: standing({ hip: { x: 50, y: 56 }, nearArm: { upper: 90, lower: 90, end: -14 }, farArm: { upper: 76, lower: 100, end: 30 } }),
  start: standing({ hip: { x: 50, y: 56 }, nearArm: { upper: 90, lower: 90, end: 40 }, farArm: { upper: 76, lower: 100, end: 30 } }),
  props: () => [floor()],
  arrows: (held) => [turnArrow(held.nearArm.end, 15, 64, -4)],
});

export const sphinxDiagram: StretchDiagram = figureDiagram({
  pose: onFront({ hip: { x: 56, y: 90 }, torso: 112, bend: -3, neck: 140, nearArm: { upper: 4, lower: 90, end: 90 }, farArm: { upper: 0, lower: 88, end: 88 } }),
  start: onFront({ hip: { x: 56, y: 90 } }),
  restOn: matTop,
  props: () => [floor(), mat(6, 114)],
  arrows: (held) => [turnArrow(held.hip, 34, 124, 154)],
});

export const standingSideReachDiagram: StretchDiagram = figureDiagram({
  pose: facing({ scale: 0.84, torso: 192, bend: -3, neck: 204, nearArm: { upper: -40, lower: 50 }, farArm: { upper: 196, lower: 228 } }),
  start: facing({ scale: 0.84, nearArm: { upper: -40, lower: 50 }, farArm: { upper: 174, lower: 176 } }),
  props: () => [floor()],
  arrows: (held) => [turnArrow(held.hip, 64, 176, 214)],
});

export const kneelingHipFlexorDiagram: StretchDiagram = figureDiagram({
  pose: {
    view: 'side',
    hip: { x: 50, y: 70 },
    torso: 182,
    nearArm: { upper: 30, lower: 70 },
    farArm: { upper: 26, lower: 66 },
    nearLeg: { upper: -24, lower: -90, end: -90 },
    farLeg: { upper: 87, lower: 4, end: 90 },
  },
  start: { view: 'side', hip: { x: 44, y: 70 }, torso: 180, nearArm: { upper: 40, lower: 80 }, farArm: { upper: 36, lower: 76 }, nearLeg: { upper: -6, lower: -90, end: -90 }, farLeg: { upper: 82, lower: 4, end: 90 } },
  props: () => [floor(), cushion(18, 30, 4)],
  arrows: (held) => [moveArrow(along(held.hip, -90, 16), along(held.hip, -90, 0))],
});

export const butterflyDiagram: StretchDiagram = figureDiagram({
  pose: facing({ hip: { x: 60, y: 80 }, nearLeg: { upper: -74, lower: 68, end: 150 }, farLeg: { upper: 74, lower: -68, end: -150 }, nearArm: { upper: 10, lower: 30 }, farArm: { upper: -10, lower: -30 } }),
  start: facing({ hip: { x: 60, y: 80 }, nearLeg: { upper: -130, lower: 40, end: 150 }, farLeg: { upper: 130, lower: -40, end: -150 }, nearArm: { upper: 10, lower: 30 }, farArm: { upper: -10, lower: -30 } }),
  props: () => [floor()],
  arrows: (held) => [
    moveArrow(along(held.nearLeg.middle, 180, 14), along(held.nearLeg.middle, 180, 4)),
    moveArrow(along(held.farLeg.middle, 180, 14), along(held.farLeg.middle, 180, 4)),
  ],
});

export const standingQuadDiagram: StretchDiagram = figureDiagram({
  pose: standing({ hip: { x: 50, y: 56 }, nearLeg: { upper: 4, lower: -172, end: -90 }, nearArm: { upper: -16, lower: -4 }, farArm: { upper: 60, lower: 80 } }),
  start: standing({ hip: { x: 50, y: 56 }, nearLeg: { upper: 4, lower: -130, end: -50 }, nearArm: { upper: -16, lower: -4 }, farArm: { upper: 60, lower: 80 } }),
  props: (held) => [...chairBack(held.farArm.tip.x + 1, held.farArm.tip.y - 2), floor()],
  arrows: (held) => [turnArrow(held.nearLeg.middle, 30, -118, -166)],
});

export const proneQuadDiagram: StretchDiagram = figureDiagram({
  pose: onFront({ hip: { x: 56, y: 90 }, nearLeg: { upper: -90, lower: 150, end: 60 }, nearArm: { upper: -90, lower: -124 } }),
  start: onFront({ hip: { x: 56, y: 90 }, nearLeg: { upper: -90, lower: -160, end: -70 }, nearArm: { upper: -90, lower: -124 } }),
  restOn: matTop,
  props: () => [floor(), mat(6, 114)],
  arrows: (held) => [turnArrow(held.nearLeg.middle, 30, -162, -212)],
});

export const seatedToePullDiagram: StretchDiagram = figureDiagram({
  pose: {
    view: 'side',
    hip: { x: 30, y: 80 },
    torso: 176,
    nearArm: { upper: 64, lower: 96 },
    farArm: { upper: 60, lower: 92 },
    nearLeg: { upper: 90, lower: 90, end: 172 },
    farLeg: { upper: 90, lower: 90, end: 150 },
  },
  start: { view: 'side', hip: { x: 30, y: 80 }, torso: 176, nearArm: { upper: 64, lower: 96 }, farArm: { upper: 60, lower: 92 }, nearLeg: { upper: 90, lower: 90, end: 140 }, farLeg: { upper: 90, lower: 90, end: 150 } },
  restOn: matTop,
  props: () => [floor(), mat(6, 114)],
  over: (held) => [towel([held.nearArm.tip, held.nearLeg.tip])],
  arrows: (held) => [turnArrow(held.nearLeg.end, 15, 128, 178)],
});

export const topOfFootDiagram: StretchDiagram = figureDiagram({
  pose: standing({ hip: { x: 50, y: 56 }, nearLeg: { upper: -26, lower: -35, end: -26 }, farArm: { upper: 60, lower: 80 }, nearArm: { upper: 56, lower: 76 } }),
  start: standing({ hip: { x: 50, y: 56 }, nearLeg: { upper: -12, lower: -12, end: 78 }, farArm: { upper: 60, lower: 80 }, nearArm: { upper: 56, lower: 76 } }),
  props: (held) => [...chairBack(held.farArm.tip.x + 1, held.farArm.tip.y - 2), floor()],
  arrows: (held) => [moveArrow(along(held.nearLeg.end, -90, 10), along(held.nearLeg.end, 90, 8))],
});
