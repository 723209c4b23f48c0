import type { Pose } from '../../../../shared/handout/figures/skeleton';

/** A person standing, seen from the side and from the front: the poses the figure tests draw. */
export const standing: Pose = {
  view: 'side',
  hip: { x: 60, y: 56 },
  torso: 180,
  nearArm: { upper: 3, lower: 6 },
  farArm: { upper: -4, lower: -2 },
  nearLeg: { upper: 3, lower: 0 },
  farLeg: { upper: -4, lower: -3 },
};

export const facing: Pose = {
  view: 'front',
  hip: { x: 60, y: 56 },
  torso: 180,
  nearArm: { upper: -8, lower: -4 },
  farArm: { upper: 8, lower: 4 },
  nearLeg: { upper: -3, lower: 0 },
  farLeg: { upper: 3, lower: 0 },
};
