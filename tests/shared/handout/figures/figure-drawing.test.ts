import { describe, expect, it } from 'vitest';
import { stretchDiagramSvg, type DiagramStroke, type StretchDiagram } from '../../../../shared/handout/content/stretch';
import { moveArrow } from '../../../../shared/handout/figures/arrows';
import { figureDiagram } from '../../../../shared/handout/figures/figure-drawing';
import { floor, floorY, towel } from '../../../../shared/handout/figures/props';
import type { Pose } from '../../../../shared/handout/figures/skeleton';
import { boxOf, farthestMiss, pieces, shapesOf, trace } from './trace';

const standing: Pose = {
  view: 'side',
  hip: { x: 60, y: 40 },
  torso: 180,
  nearArm: { upper: 3, lower: 6 },
  farArm: { upper: -4, lower: -2 },
  nearLeg: { upper: 3, lower: 0 },
  farLeg: { upper: -4, lower: -3 },
};

const seated: Pose = {
  ...standing,
  nearArm: { upper: 10, lower: 70 },
  farArm: { upper: 6, lower: 66 },
  nearLeg: { upper: 88, lower: 2 },
  farLeg: { upper: 84, lower: -2 },
};

const arrowUp = () => [moveArrow({ x: 100, y: 60 }, { x: 100, y: 30 })];

const isShape = (stroke: DiagramStroke, tone?: string) => stroke.kind === 'shape' && (tone === undefined || stroke.tone === tone);

/** The figure's own shapes: the body in dark and the far-side limbs in grey. */
function body(diagram: StretchDiagram) {
  return [...shapesOf(diagram.strokes, 'body'), ...shapesOf(diagram.strokes, 'far')];
}

const lowestOf = (diagram: StretchDiagram) => boxOf(body(diagram).flatMap((d) => trace(d, 0.3))).maxY;

describe('a figure drawing', () => {
  it('sets the figure down on the floor at any size', () => {
    for (const scale of [0.8, 1, 1.25]) {
      const lowest = lowestOf(figureDiagram({ pose: { ...standing, scale }, props: () => [floor()], arrows: arrowUp }));
      expect(lowest, `size ${scale}`).toBeGreaterThan(floorY - 0.4);
      expect(lowest, `size ${scale}`).toBeLessThanOrEqual(floorY + 0.3);
    }
  });

  it('rests a head that hangs lowest on the floor too', () => {
    const hanging: Pose = {
      view: 'side',
      scale: 1.25,
      hip: { x: 70, y: 60 },
      torso: -90,
      neck: -25,
      nearArm: { upper: 92, lower: 92 },
      farArm: { upper: 90, lower: 90 },
      nearLeg: { upper: 90, lower: 90, end: 175 },
      farLeg: { upper: 90, lower: 90, end: 175 },
    };
    const drawing = figureDiagram({ pose: hanging, arrows: arrowUp });
    const lowest = lowestOf(drawing);
    expect(lowest).toBeGreaterThan(floorY - 0.4);
    expect(lowest).toBeLessThanOrEqual(floorY + 0.3);
    // The head is what touches: the trunk lies clear of the floor.
    const torso = body(drawing).find((d) => pieces(d).length === 1) ?? '';
    expect(boxOf(trace(torso)).maxY).toBeLessThan(floorY - 2);
  });

  it('rests a face turned to the floor on the tip of its nose, not through the floor', () => {
    // Kneeling folded forward, forehead down, as in a child's pose; then the same with the jaw open.
    const folded: Pose = {
      view: 'side',
      hip: { x: 30, y: 80 },
      torso: 80,
      bend: 3,
      neck: 62,
      nearArm: { upper: 76, lower: 90, end: 90 },
      farArm: { upper: 74, lower: 89, end: 90 },
      nearLeg: { upper: 62, lower: -92, end: -90 },
      farLeg: { upper: 60, lower: -92, end: -90 },
    };
    for (const pose of [folded, { ...folded, jaw: 30 }, { ...folded, scale: 1.25 }, { ...folded, jaw: 40, scale: 1.25 }]) {
      const lowest = lowestOf(figureDiagram({ pose, restOn: floorY - 3, arrows: arrowUp }));
      expect(lowest).toBeGreaterThan(floorY - 3 - 0.4);
      expect(lowest).toBeLessThanOrEqual(floorY - 3 + 0.3);
    }
  });

  it('rests a figure facing the reader on what is drawn, as a plain round head has no nose', () => {
    const upsideDown: Pose = {
      view: 'front',
      hip: { x: 60, y: 30 },
      torso: 0,
      face: 0,
      nearArm: { upper: -160, lower: -160 },
      farArm: { upper: 160, lower: 160 },
      nearLeg: { upper: -175, lower: -175 },
      farLeg: { upper: 175, lower: 175 },
    };
    const lowest = lowestOf(figureDiagram({ pose: upsideDown, arrows: arrowUp }));
    expect(lowest).toBeGreaterThan(floorY - 0.4);
    expect(lowest).toBeLessThanOrEqual(floorY + 0.3);
  });

  it('rests a hanging head with its jaw dropped on the chin', () => {
    // Seen from the side, hanging head down, looking ahead with the mouth open: the chin is lowest.
    const hanging: Pose = {
      view: 'side',
      scale: 1.25,
      hip: { x: 60, y: 20 },
      torso: 0,
      face: 90,
      jaw: 30,
      nearArm: { upper: 170, lower: 170 },
      farArm: { upper: 175, lower: 175 },
      nearLeg: { upper: 180, lower: 180 },
      farLeg: { upper: 178, lower: 178 },
    };
    const lowest = lowestOf(figureDiagram({ pose: hanging, arrows: arrowUp }));
    expect(lowest).toBeGreaterThan(floorY - 0.4);
    expect(lowest).toBeLessThanOrEqual(floorY + 0.3);
  });

  it('rests the figure on a mat when asked, and leaves it where it is posed when told not to rest it', () => {
    expect(lowestOf(figureDiagram({ pose: standing, restOn: floorY - 3, arrows: arrowUp }))).toBeCloseTo(floorY - 3, 0);
    const floating = figureDiagram({ pose: standing, restOn: false, arrows: arrowUp });
    // Hip at 40: the feet end a leg's length below it, well above the floor; a lower hip draws it lower.
    expect(lowestOf(floating)).toBeLessThan(floorY - 10);
    const lower = figureDiagram({ pose: { ...standing, hip: { x: 60, y: 50 } }, restOn: false, arrows: arrowUp });
    expect(lowestOf(lower) - lowestOf(floating)).toBeCloseTo(10, 0);
  });

  it('draws the furniture behind the figure, what it holds over it, and the arrow on top of everything', () => {
    const drawing = figureDiagram({
      pose: seated,
      props: () => [floor()],
      over: (held) => [towel([held.nearArm.tip, held.nearLeg.tip])],
      arrows: arrowUp,
    });
    const strokes = drawing.strokes;
    const firstBody = strokes.findIndex((stroke) => isShape(stroke, 'body') || isShape(stroke, 'far'));
    expect(strokes[0]).toEqual(floor());
    expect(firstBody).toBe(1);
    expect(strokes.findIndex((stroke) => isShape(stroke, 'ink') && stroke !== strokes[0])).toBeGreaterThan(firstBody);
    expect(strokes.at(-1)?.kind).toBe('arrow');
    expect(strokes.filter((stroke) => stroke.kind === 'arrow')).toHaveLength(1);
  });

  it('draws only the figure and its arrow when there is nothing else, and prints it', () => {
    const drawing = figureDiagram({ pose: standing, arrows: arrowUp });
    expect(drawing.strokes.every((stroke) => isShape(stroke, 'body') || isShape(stroke, 'far') || stroke.kind === 'arrow')).toBe(true);
    expect(drawing.strokes.at(-1)?.kind).toBe('arrow');
    expect(stretchDiagramSvg(drawing, 'Standing')).toContain('class="motion-arrow"');
  });

  it('ghosts the start position only where it differs from the held one, behind the figure', () => {
    const still = figureDiagram({ pose: standing, start: standing, arrows: arrowUp });
    expect(still.strokes.some((stroke) => isShape(stroke, 'ghost'))).toBe(false);
    const start: Pose = { ...standing, nearArm: { upper: 170, lower: 175 } };
    const raised = figureDiagram({ pose: standing, start, arrows: arrowUp });
    const ghosts = shapesOf(raised.strokes, 'ghost');
    expect(ghosts).toHaveLength(1);
    // Upper arm, forearm and hand of the raised arm, and nothing else.
    expect(pieces(ghosts[0] ?? '')).toHaveLength(3);
    const startArm = shapesOf(figureDiagram({ pose: start, arrows: arrowUp }).strokes, 'body');
    const ghostOutline = trace(ghosts[0] ?? '');
    expect(startArm.some((d) => farthestMiss(ghostOutline, trace(d)) < 0.3)).toBe(true);
    expect(raised.strokes.findIndex((stroke) => isShape(stroke, 'ghost'))).toBeLessThan(raised.strokes.findIndex((stroke) => isShape(stroke, 'body')));
  });

  it('ghosts a head that was open-mouthed without filling in its mouth', () => {
    const closing = figureDiagram({ pose: standing, start: { ...standing, jaw: 30 }, arrows: arrowUp });
    const ghost = shapesOf(closing.strokes, 'ghost')[0] ?? '';
    // Neck, skull, nose and the dropped jaw: the opening between them is not a shape.
    expect(pieces(ghost)).toHaveLength(4);
  });

  it('shows the far-side limbs grey in a side view and every limb dark facing the reader', () => {
    expect(shapesOf(figureDiagram({ pose: standing, arrows: arrowUp }).strokes, 'far')).toHaveLength(2);
    expect(shapesOf(figureDiagram({ pose: { ...standing, view: 'front' }, arrows: arrowUp }).strokes, 'far')).toHaveLength(0);
  });

  it('shows an open mouth as an opening over the face', () => {
    const drawing = figureDiagram({ pose: { ...standing, jaw: 30 }, arrows: arrowUp });
    const opening = drawing.strokes.findIndex((stroke) => isShape(stroke, 'paper'));
    expect(opening).toBeGreaterThan(-1);
    const lastBody = drawing.strokes.findLastIndex((stroke) => isShape(stroke, 'body'));
    expect(opening).toBeGreaterThan(lastBody);
    expect(shapesOf(figureDiagram({ pose: standing, arrows: arrowUp }).strokes, 'paper')).toHaveLength(0);
  });

  it('draws a different picture when the pose changes', () => {
    const stand = body(figureDiagram({ pose: standing, arrows: arrowUp }));
    const sit = body(figureDiagram({ pose: seated, arrows: arrowUp }));
    expect(sit).not.toEqual(stand);
    expect(boxOf(sit.flatMap((d) => trace(d, 1))).minY).toBeGreaterThan(boxOf(stand.flatMap((d) => trace(d, 1))).minY + 10);
  });
});
