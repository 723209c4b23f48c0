import { along, heading, lerp, type Point } from './geometry';

/** Segment headings in degrees (see `heading`): the upper part first, then the lower. */
interface LimbPose {
  upper: number;
  lower: number;
  /** Hand or foot; a foot defaults to square to the shin, toes forward. */
  end?: number;
  /** How much of each part shows when it points toward the reader (1: all of it). */
  upperShows?: number;
  lowerShows?: number;
}

/**
 * A body position, set by the heading of each body segment. Side views face right
 * (the near limbs are drawn dark, the far ones grey); front views face the reader.
 */
export interface Pose {
  view: 'side' | 'front';
  /** Size against the standard figure (1), for a pose that needs more room, such as arms overhead. */
  scale?: number;
  /** The middle of the pelvis, in viewBox units, before the figure is set on its floor. */
  hip: Point;
  /** From the pelvis to the base of the neck: 180 is upright. */
  torso: number;
  /** How far the spine bows toward the back (a rounded back); negative arches it. */
  bend?: number;
  /** From the base of the neck to the middle of the head; follows the spine when left out. */
  neck?: number;
  /** Where the face looks, for a nod; square to the neck when left out. */
  face?: number;
  /** How many degrees the jaw drops open. */
  jaw?: number;
  nearArm: LimbPose;
  farArm: LimbPose;
  nearLeg: LimbPose;
  farLeg: LimbPose;
}

/** Body measures for a figure about 100 units tall. */
export const measures = {
  torso: 32,
  neck: 9,
  headRadius: 7,
  upperArm: 16,
  forearm: 14,
  hand: 3.6,
  thigh: 24,
  shin: 22,
  foot: 8,
  /** Side to side from the middle, in the front view. */
  shoulderSpread: 8,
  hipSpread: 4,
} as const;

export interface LimbJoints {
  root: Point;
  middle: Point;
  end: Point;
  tip: Point;
}

export interface Skeleton {
  view: Pose['view'];
  scale: number;
  hip: Point;
  spineControl: Point;
  neckBase: Point;
  head: Point;
  /** Where the face looks; only side views draw a face. */
  faceHeading: number;
  jaw: number;
  nearArm: LimbJoints;
  farArm: LimbJoints;
  nearLeg: LimbJoints;
  farLeg: LimbJoints;
}

export function spinePoint(skeleton: Pick<Skeleton, 'hip' | 'spineControl' | 'neckBase'>, t: number): Point {
  return lerp(lerp(skeleton.hip, skeleton.spineControl, t), lerp(skeleton.spineControl, skeleton.neckBase, t), t);
}

function limb(root: Point, pose: LimbPose, [upper, lower, endLength]: readonly number[], endDefault: number): LimbJoints {
  const middle = along(root, pose.upper, (upper ?? 0) * (pose.upperShows ?? 1));
  const end = along(middle, pose.lower, (lower ?? 0) * (pose.lowerShows ?? 1));
  return { root, middle, end, tip: along(end, pose.end ?? endDefault, endLength ?? 0) };
}

/** Places every joint for a pose. */
export function skeletonFor(pose: Pose): Skeleton {
  const k = pose.scale ?? 1;
  const neckBase = along(pose.hip, pose.torso, measures.torso * k);
  const middle = lerp(pose.hip, neckBase, 0.5);
  const spineControl = along(middle, pose.torso + 90, (pose.bend ?? 0) * 2 * k);
  const spine = { hip: pose.hip, spineControl, neckBase };
  const neckHeading = pose.neck ?? pose.torso;
  const head = along(neckBase, neckHeading, measures.neck * k);
  const shoulder = spinePoint(spine, 0.9);
  const across = heading(pose.torso - 90);
  const sideways = (p: Point, spread: number): Point =>
    pose.view === 'front' ? { x: p.x + across.x * spread * k, y: p.y + across.y * spread * k } : p;
  const arm = (armPose: LimbPose, spread: number): LimbJoints =>
    limb(sideways(shoulder, spread), armPose, [measures.upperArm * k, measures.forearm * k, measures.hand * k], armPose.lower);
  const leg = (legPose: LimbPose, spread: number): LimbJoints =>
    limb(
      sideways(pose.hip, spread),
      legPose,
      [measures.thigh * k, measures.shin * k, measures.foot * k],
      pose.view === 'front' ? legPose.lower + 90 * Math.sign(spread) : legPose.lower + 90,
    );
  return {
    view: pose.view,
    scale: k,
    hip: pose.hip,
    spineControl,
    neckBase,
    head,
    faceHeading: pose.face ?? neckHeading - 90,
    jaw: pose.jaw ?? 0,
    nearArm: arm(pose.nearArm, -measures.shoulderSpread),
    farArm: arm(pose.farArm, measures.shoulderSpread),
    nearLeg: leg(pose.nearLeg, -measures.hipSpread),
    farLeg: leg(pose.farLeg, measures.hipSpread),
  };
}

/** The same skeleton moved by (dx, dy). */
export function shifted(skeleton: Skeleton, dx: number, dy: number): Skeleton {
  const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
  const moveLimb = (j: LimbJoints): LimbJoints => ({ root: move(j.root), middle: move(j.middle), end: move(j.end), tip: move(j.tip) });
  return {
    ...skeleton,
    hip: move(skeleton.hip),
    spineControl: move(skeleton.spineControl),
    neckBase: move(skeleton.neckBase),
    head: move(skeleton.head),
    nearArm: moveLimb(skeleton.nearArm),
    farArm: moveLimb(skeleton.farArm),
    nearLeg: moveLimb(skeleton.nearLeg),
    farLeg: moveLimb(skeleton.farLeg),
  };
}
