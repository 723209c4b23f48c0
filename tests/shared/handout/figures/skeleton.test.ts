import { describe, expect, it } from 'vitest';
import { distance, heading, headingOf, type Point } from '../../../../shared/handout/figures/geometry';
import { measures, shifted, skeletonFor, spinePoint, type LimbJoints } from '../../../../shared/handout/figures/skeleton';
import { facing, standing } from './poses';

const segments = (limb: LimbJoints): [number, number, number] => [distance(limb.root, limb.middle), distance(limb.middle, limb.end), distance(limb.end, limb.tip)];

/** How far p lies to the left of the line from a to b, as seen walking from a to b on the page. */
function leftOf(p: Point, a: Point, b: Point): number {
  const length = distance(a, b);
  return ((b.x - a.x) * (a.y - p.y) - (b.y - a.y) * (a.x - p.x)) / length;
}

describe('a posed skeleton', () => {
  for (const scale of [1, 1.25, 0.8]) {
    it(`keeps human proportions at size ${scale}`, () => {
      const body = skeletonFor({ ...standing, scale });
      for (const arm of [body.nearArm, body.farArm]) {
        const [upperArm, forearm, hand] = segments(arm);
        expect(upperArm / forearm).toBeGreaterThan(1);
        expect(upperArm / forearm).toBeLessThan(1.3);
        expect(hand / forearm).toBeCloseTo(measures.hand / measures.forearm);
        expect(upperArm).toBeCloseTo(measures.upperArm * scale);
      }
      for (const leg of [body.nearLeg, body.farLeg]) {
        const [thigh, shin, foot] = segments(leg);
        expect(thigh / shin).toBeGreaterThan(1);
        expect(thigh / shin).toBeLessThan(1.2);
        expect(foot / shin).toBeCloseTo(measures.foot / measures.shin);
        expect(shin).toBeCloseTo(measures.shin * scale);
      }
      // The trunk is about four and a half heads long, and the head sits a neck's length above the shoulders.
      expect(distance(body.hip, body.neckBase)).toBeCloseTo(measures.torso * scale);
      expect(distance(body.neckBase, body.head)).toBeCloseTo(measures.neck * scale);
      expect(body.scale).toBe(scale);
    });
  }

  it('draws a part pointing at the reader shorter, by how much of it shows', () => {
    const seated = skeletonFor({
      ...facing,
      nearLeg: { upper: -14, upperShows: 0.3, lower: -2 },
      farLeg: { upper: 14, lower: 2, lowerShows: 0.55 },
    });
    expect(segments(seated.nearLeg)[0]).toBeCloseTo(measures.thigh * 0.3);
    expect(segments(seated.nearLeg)[1]).toBeCloseTo(measures.shin);
    expect(segments(seated.farLeg)[0]).toBeCloseTo(measures.thigh);
    expect(segments(seated.farLeg)[1]).toBeCloseTo(measures.shin * 0.55);
  });

  it('rounds the back by the bend asked, toward the back, at any size', () => {
    for (const [torso, scale] of [
      [180, 1],
      [150, 1.25],
    ] as const) {
      const straight = skeletonFor({ ...standing, torso, scale });
      const rounded = skeletonFor({ ...standing, torso, scale, bend: 6 });
      const arched = skeletonFor({ ...standing, torso, scale, bend: -4 });
      // Facing right, the back is on the left of the spine walking from hip to neck.
      expect(leftOf(spinePoint(rounded, 0.5), rounded.hip, rounded.neckBase)).toBeCloseTo(6 * scale);
      expect(leftOf(spinePoint(arched, 0.5), arched.hip, arched.neckBase)).toBeCloseTo(-4 * scale);
      expect(leftOf(spinePoint(straight, 0.5), straight.hip, straight.neckBase)).toBeCloseTo(0);
      expect(rounded.neckBase).toEqual(straight.neckBase);
    }
  });

  it('hangs both arms from one shoulder and both legs from one hip in a side view', () => {
    const body = skeletonFor({ ...standing, torso: 160 });
    expect(body.nearArm.root).toEqual(body.farArm.root);
    expect(body.nearArm.root).toEqual(spinePoint(body, 0.9));
    expect(body.nearLeg.root).toEqual(body.hip);
    expect(body.farLeg.root).toEqual(body.hip);
  });

  it('puts the toes forward in a side view, toward where the figure faces', () => {
    const body = skeletonFor(standing);
    for (const leg of [body.nearLeg, body.farLeg]) {
      expect(leg.tip.x - leg.end.x).toBeCloseTo(measures.foot, 0);
    }
    expect(heading(body.faceHeading).x).toBeCloseTo(1);
  });

  it('facing the reader, spreads the shoulders and hips, near limbs on the left of the page, feet turned out', () => {
    for (const scale of [1, 1.25]) {
      const body = skeletonFor({ ...facing, scale });
      expect(body.farArm.root.x - body.nearArm.root.x).toBeCloseTo(2 * measures.shoulderSpread * scale);
      expect(body.farLeg.root.x - body.nearLeg.root.x).toBeCloseTo(2 * measures.hipSpread * scale);
      expect(body.nearArm.root.x).toBeLessThan(body.hip.x);
      expect(body.nearLeg.root.x).toBeLessThan(body.hip.x);
      expect(body.nearArm.root.y).toBeCloseTo(spinePoint(body, 0.9).y);
      expect(body.nearLeg.tip.x).toBeLessThan(body.nearLeg.end.x - measures.foot * scale * 0.9);
      expect(body.farLeg.tip.x).toBeGreaterThan(body.farLeg.end.x + measures.foot * scale * 0.9);
    }
  });

  it('keeps the shoulders and hips square to the spine when the trunk leans to one side', () => {
    const body = skeletonFor({ ...facing, torso: 155 });
    const spine = headingOf(body.hip, body.neckBase);
    expect(headingOf(body.nearArm.root, body.farArm.root)).toBeCloseTo(spine - 90);
    expect(headingOf(body.nearLeg.root, body.farLeg.root)).toBeCloseTo(spine - 90);
    const shoulder = spinePoint(body, 0.9);
    expect(distance(body.nearArm.root, shoulder)).toBeCloseTo(measures.shoulderSpread);
    expect(distance(body.farArm.root, shoulder)).toBeCloseTo(measures.shoulderSpread);
  });

  it('moves every joint together when the figure is moved', () => {
    const body = skeletonFor({ ...standing, bend: 4 });
    const moved = shifted(body, 7, -3);
    const joints = (s: typeof body): Point[] => [
      s.hip,
      s.spineControl,
      s.neckBase,
      s.head,
      ...[s.nearArm, s.farArm, s.nearLeg, s.farLeg].flatMap((limb) => [limb.root, limb.middle, limb.end, limb.tip]),
    ];
    const before = joints(body);
    joints(moved).forEach((p, i) => {
      expect(p.x - (before[i]?.x ?? NaN)).toBeCloseTo(7);
      expect(p.y - (before[i]?.y ?? NaN)).toBeCloseTo(-3);
    });
    expect(moved.faceHeading).toBe(body.faceHeading);
  });
});
