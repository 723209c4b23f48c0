import { describe, expect, it } from 'vitest';
import { bodyParts, type BodyPart } from '../../../../shared/handout/figures/body';
import { distance, headingOf, lerp, type Point } from '../../../../shared/handout/figures/geometry';
import { measures, skeletonFor, spinePoint, type LimbJoints, type Pose, type Skeleton } from '../../../../shared/handout/figures/skeleton';
import { boxOf, commands, crossesItself, farthestMiss, gap, inside, pieces, trace, type Xy } from './trace';
import { facing, standing } from './poses';


function part(parts: readonly BodyPart[], name: BodyPart['name']): string {
  const found = parts.find((each) => each.name === name);
  if (!found) throw new Error(`no ${name} drawn`);
  return found.d;
}

/** Where the outline crosses the level y: its leftmost and rightmost points there. */
function across(outline: readonly Xy[], y: number): { left: number; right: number } {
  const xs: number[] = [];
  outline.forEach((p, i) => {
    const q = outline[(i + 1) % outline.length] as Xy;
    if (p.y > y !== q.y > y) xs.push(p.x + ((y - p.y) * (q.x - p.x)) / (q.y - p.y));
  });
  return { left: Math.min(...xs), right: Math.max(...xs) };
}

const mirrored = (points: readonly Xy[], x: number): Xy[] => points.map((p) => ({ x: 2 * x - p.x, y: p.y }));

describe('the body of a figure', () => {
  it('hangs every limb from the trunk, each piece meeting the joint it hangs from', () => {
    for (const pose of [standing, facing, { ...standing, torso: 150, bend: 6 }]) {
      const skeleton = skeletonFor(pose);
      const parts = bodyParts(skeleton);
      const torso = trace(part(parts, 'torso'));
      const limbs: Array<[BodyPart['name'], LimbJoints]> = [
        ['nearArm', skeleton.nearArm],
        ['farArm', skeleton.farArm],
        ['nearLeg', skeleton.nearLeg],
        ['farLeg', skeleton.farLeg],
      ];
      for (const [name, joints] of limbs) {
        expect(inside(joints.root, torso), `${pose.view} ${name} root`).toBe(true);
        const [upper, lower, end] = pieces(part(parts, name)).map((piece) => trace(piece)) as [Xy[], Xy[], Xy[]];
        for (const [outline, from, to] of [
          [upper, joints.root, joints.middle],
          [lower, joints.middle, joints.end],
          [end, joints.end, joints.tip],
        ] as const) {
          // Round ends centred on the joints: each piece covers both its joints, so the pieces overlap where they meet.
          expect(inside(from, outline), name).toBe(true);
          expect(inside(lerp(from, to, 0.5), outline), name).toBe(true);
          expect(inside(to, outline), name).toBe(true);
        }
      }
      expect(inside(skeleton.neckBase, torso)).toBe(true);
    }
  });

  it('is the same drawing, enlarged, for a figure that needs more room', () => {
    const poses: Pose[] = [
      { ...standing, torso: 165, bend: 5, jaw: 25 },
      { ...facing, torso: 160, nearLeg: { upper: -14, upperShows: 0.3, lower: -2 } },
    ];
    // Enlarged about the hip, which stays where the pose puts it; numbers are printed to a tenth.
    const enlarge = (value: number, about: number) => about + (value - about) * 1.6;
    for (const pose of poses) {
      const small = bodyParts(skeletonFor(pose));
      const large = bodyParts(skeletonFor({ ...pose, scale: 1.6 }));
      expect(large.map((each) => each.name)).toEqual(small.map((each) => each.name));
      small.forEach((smallPart, i) => {
        const bigger = commands(large[i]?.d ?? '');
        const original = commands(smallPart.d);
        expect(bigger.map(([letter]) => letter)).toEqual(original.map(([letter]) => letter));
        original.forEach(([letter, ...values], j) => {
          const drawn = (bigger[j] ?? []).slice(1) as number[];
          const expected =
            letter === 'A'
              ? [values[0] ?? NaN, values[1] ?? NaN].map((r) => r * 1.6)
              : values.map((value, k) => enlarge(value, k % 2 === 0 ? 60 : 56));
          const compared = letter === 'A' ? drawn.slice(0, 2) : drawn;
          compared.forEach((value, k) => expect(Math.abs(value - (expected[k] ?? NaN)), `${smallPart.name} ${letter}`).toBeLessThan(0.25));
          if (letter === 'A') {
            expect(Math.abs(enlarge(values[5] ?? NaN, 60) - (drawn[5] ?? NaN))).toBeLessThan(0.25);
            expect(Math.abs(enlarge(values[6] ?? NaN, 56) - (drawn[6] ?? NaN))).toBeLessThan(0.25);
          }
        });
      });
    }
  });

  it('draws a side view with the chest toward the face and a straight back, a front view broad at the shoulders', () => {
    const side = trace(part(bodyParts(skeletonFor(standing)), 'torso'));
    const sideSkeleton = skeletonFor(standing);
    const chest = across(side, spinePoint(sideSkeleton, 0.72).y);
    expect(chest.right - 60).toBeGreaterThan(60 - chest.left + 1);
    expect(crossesItself(side)).toBe(false);

    const front = trace(part(bodyParts(skeletonFor(facing)), 'torso'));
    const frontSkeleton = skeletonFor(facing);
    const shoulders = across(front, spinePoint(frontSkeleton, 0.9).y);
    const waist = across(front, spinePoint(frontSkeleton, 0.4).y);
    expect(shoulders.right - shoulders.left).toBeGreaterThan(waist.right - waist.left + 4);
    expect(shoulders.right - shoulders.left).toBeGreaterThan(chest.right - chest.left + 2);
    expect(farthestMiss(mirrored(front, 60), front)).toBeLessThan(0.4);
    expect(crossesItself(front)).toBe(false);
  });

  it('keeps the trunk round the spine and its thickness when the back rounds', () => {
    const skeleton = skeletonFor({ ...standing, torso: 160, bend: 7 });
    const torso = trace(part(bodyParts(skeleton), 'torso'));
    expect(crossesItself(torso)).toBe(false);
    for (let t = 0.05; t < 1; t += 0.1) expect(inside(spinePoint(skeleton, t), torso), `spine at ${t}`).toBe(true);
    const straight = trace(part(bodyParts(skeletonFor({ ...standing, torso: 160 })), 'torso'));
    expect(Math.abs(area(torso) - area(straight)) / area(straight)).toBeLessThan(0.12);
  });

  it('mirrors the limbs of a front view posed alike on both sides', () => {
    const parts = bodyParts(skeletonFor({ ...facing, nearArm: { upper: -40, lower: -70 }, farArm: { upper: 40, lower: 70 } }));
    expect(farthestMiss(mirrored(trace(part(parts, 'nearArm')), 60), trace(part(parts, 'farArm')))).toBeLessThan(0.4);
    expect(farthestMiss(mirrored(trace(part(parts, 'nearLeg')), 60), trace(part(parts, 'farLeg')))).toBeLessThan(0.4);
  });
});

function area(outline: readonly Xy[]): number {
  return Math.abs(outline.reduce((sum, p, i) => sum + p.x * (outline[(i + 1) % outline.length] as Xy).y - (outline[(i + 1) % outline.length] as Xy).x * p.y, 0)) / 2;
}

/** Directions from the head's centre, relative to where the face looks, at which the head outline sticks out past the skull. */
function bumps(skeleton: Skeleton, d: string): { from: number; to: number; reach: number } | null {
  const r = measures.headRadius * skeleton.scale;
  const neck = (p: Point) => {
    const along = Math.max(0, Math.min(1, ((p.x - skeleton.neckBase.x) * (skeleton.head.x - skeleton.neckBase.x) + (p.y - skeleton.neckBase.y) * (skeleton.head.y - skeleton.neckBase.y)) / distance(skeleton.neckBase, skeleton.head) ** 2));
    return gap(p, lerp(skeleton.neckBase, skeleton.head, along)) < 2.8 * skeleton.scale + 0.3;
  };
  const out = trace(d).filter((p) => gap(p, skeleton.head) > r + 0.3 && !neck(p));
  if (out.length === 0) return null;
  const turns = out.map((p) => ((headingOf(skeleton.head, p) - skeleton.faceHeading + 540) % 360) - 180);
  return { from: Math.min(...turns), to: Math.max(...turns), reach: Math.max(...out.map((p) => gap(p, skeleton.head))) - r };
}

describe('the head', () => {
  it('shows a nose where the face looks, in a side view', () => {
    for (const pose of [standing, { ...standing, face: 60 }, { ...standing, torso: 150, neck: 120 }]) {
      const skeleton = skeletonFor(pose);
      const nose = bumps(skeleton, pieces(part(bodyParts(skeleton), 'head')).slice(1).join(' '));
      if (!nose) throw new Error('no nose drawn');
      expect(nose.reach).toBeGreaterThan(1.5);
      expect(nose.reach).toBeLessThan(3);
      // A little above the middle of the face, and about as broad as a nose.
      expect((nose.from + nose.to) / 2).toBeGreaterThan(0);
      expect((nose.from + nose.to) / 2).toBeLessThan(14);
      expect(nose.to - nose.from).toBeGreaterThan(18);
      expect(nose.to - nose.from).toBeLessThan(32);
    }
    // Looking forward by default: to the right, where a side view faces.
    expect(skeletonFor(standing).faceHeading).toBeCloseTo(90);
  });

  it('is a plain round facing the reader, even with the jaw open', () => {
    const skeleton = skeletonFor({ ...facing, jaw: 30 });
    const parts = bodyParts(skeleton);
    expect(bumps(skeleton, part(parts, 'head'))).toBeNull();
    expect(parts.some((each) => each.name === 'mouth')).toBe(false);
    const round = trace(part(parts, 'head')).filter((p) => p.y < skeleton.head.y);
    expect(Math.max(...round.map((p) => gap(p, skeleton.head)))).toBeCloseTo(measures.headRadius, 0);
  });

  it('draws no mouth while the jaw is closed', () => {
    const parts = bodyParts(skeletonFor(standing));
    expect(parts.map((each) => each.name)).not.toContain('mouth');
    expect(pieces(part(parts, 'head'))).toHaveLength(3);
  });

  it('drops the jaw from below the ear and opens the mouth between nose and chin', () => {
    const skeleton = skeletonFor({ ...standing, jaw: 30 });
    const parts = bodyParts(skeleton);
    const [, skull, , jaw] = pieces(part(parts, 'head')).map((piece) => trace(piece)) as [Xy[], Xy[], Xy[], Xy[]];
    const skullBox = boxOf(skull);
    const jawBox = boxOf(jaw);
    // The jaw hangs in the lower part of the head and its chin drops below the skull.
    expect(jawBox.minY).toBeGreaterThan(skeleton.head.y - 2.5);
    expect(jawBox.maxY).toBeGreaterThan(skullBox.maxY + 2.5);
    expect(jawBox.maxX).toBeLessThan(skullBox.maxX + 1);
    expect(jawBox.minX).toBeGreaterThan(skullBox.minX);
    const mouth = trace(part(parts, 'mouth'));
    const mouthBox = boxOf(mouth);
    expect(mouthBox.minY).toBeGreaterThan(skeleton.head.y);
    expect(mouthBox.minX).toBeGreaterThan(skeleton.head.x);
    expect(mouthBox.maxY).toBeLessThan(jawBox.maxY - 2);
    // The lips part at the front of the face, past the skull, and not out in the air.
    const ahead = mouth.filter((p) => Math.abs(headingOf(skeleton.head, p) - skeleton.faceHeading) < 20);
    const reach = Math.max(...ahead.map((p) => gap(p, skeleton.head)));
    expect(reach).toBeGreaterThan(measures.headRadius + 1.5);
    expect(reach).toBeLessThan(measures.headRadius * 1.37);
  });

  it('drops the chin further the wider the jaw opens', () => {
    const lowest = (jaw: number) => boxOf(trace(pieces(part(bodyParts(skeletonFor({ ...standing, jaw })), 'head'))[3] ?? '')).maxY;
    expect(lowest(30)).toBeGreaterThan(lowest(10) + 1.5);
  });
});
