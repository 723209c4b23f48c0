import { describe, expect, it, vi } from 'vitest';
import type { DiagramStroke, StretchDiagram } from '../../../../shared/handout/content/stretch';

// What a client sees in each printed stretch drawing: where the body is, what it rests on or holds,
// and which way the arrow says to move. The drawings are built when their module loads, so each test
// loads it afresh: that way mutation testing sees which test looks at which drawing.

type Point = { x: number; y: number };
type Diagrams = Record<string, StretchDiagram>;

const floorY = 108;
const matTop = floorY - 3;

async function freshDrawings(): Promise<Diagrams> {
  vi.resetModules();
  return (await import('../../../../shared/handout/content/stretch-diagrams')) as unknown as Diagrams;
}

async function freshSvg(): Promise<typeof import('../../../../shared/handout/content/stretch').stretchDiagramSvg> {
  return (await import('../../../../shared/handout/content/stretch')).stretchDiagramSvg;
}

const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const gap = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** The points a path passes through, the ends of its arcs and curves included (their radii and control points left out). */
function vertices(d: string): Point[] {
  const points: Point[] = [];
  for (const [, command, args] of d.matchAll(/([MLCQA])([^MLCQAZ]*)/g)) {
    const values = (args?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const coordinates = command === 'A' ? values.slice(5, 7) : command === 'C' ? values.filter((_, i) => i % 6 >= 4) : values;
    for (let i = 0; i + 1 < coordinates.length; i += 2) points.push({ x: coordinates[i] ?? NaN, y: coordinates[i + 1] ?? NaN });
  }
  return points;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function box(d: string): Box {
  const points = vertices(d);
  return {
    left: Math.min(...points.map((p) => p.x)),
    right: Math.max(...points.map((p) => p.x)),
    top: Math.min(...points.map((p) => p.y)),
    bottom: Math.max(...points.map((p) => p.y)),
  };
}

/** A limb is drawn as three rounded pieces; the middle of each piece's ends gives the joints. */
function joints(d: string): { root: Point; middle: Point; end: Point; tip: Point } {
  const ends = d
    .split('M')
    .filter((piece) => piece.trim() !== '')
    .map((piece) => {
      const [a1, b1, b2, a2] = vertices(`M${piece}`) as [Point, Point, Point, Point];
      // A piece shorter than its own roundness is drawn as one circle: both ends at its centre.
      return piece.includes('L') ? { a: mid(a1, a2), b: mid(b1, b2) } : { a: mid(a1, b1), b: mid(a1, b1) };
    });
  const [upper, lower, end] = ends as [{ a: Point; b: Point }, { a: Point; b: Point }, { a: Point; b: Point }];
  return { root: upper.a, middle: upper.b, end: lower.b, tip: end.b };
}

type Arrow = Extract<DiagramStroke, { kind: 'arrow' }>;

/** The drawing read the way a client reads it: the figure's parts, what is around it and its arrows. */
function read(diagram: StretchDiagram) {
  const strokes = diagram.strokes;
  const shapes = strokes.filter((stroke) => stroke.kind === 'shape');
  const first = shapes.findIndex((shape) => shape.tone === 'body' || shape.tone === 'far');
  // The figure's pieces in the order they are drawn: far limbs behind, the torso, near limbs, the head on top.
  const [farArm, farLeg, torso, nearLeg, nearArm, head] = shapes.slice(first, first + 6).map((shape) => shape.d) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const skull = (head.split('M')[2] ?? '') as string;
  const [left, right] = vertices(`M${skull}`) as [Point, Point];
  const headCentre = mid(left, right);
  const bodyBox = box([farArm, farLeg, torso, nearLeg, nearArm, head].join(' '));
  return {
    farArm: joints(farArm),
    farLeg: joints(farLeg),
    nearArm: joints(nearArm),
    nearLeg: joints(nearLeg),
    torso: box(torso),
    head: headCentre,
    headRadius: (right.x - left.x) / 2,
    /** The small nose on a side view, which shows where the face looks. */
    nose: vertices(`M${head.split('M')[3] ?? ''}`),
    body: bodyBox,
    hip: joints(nearLeg).root,
    ghost: shapes.find((shape) => shape.tone === 'ghost')?.d,
    props: shapes.slice(0, first).filter((shape) => shape.tone === 'prop').map((shape) => box(shape.d)),
    floor: shapes.slice(0, first).find((shape) => shape.tone === 'ink'),
    towel: shapes.slice(first + 6).find((shape) => shape.tone === 'ink'),
    arrows: strokes.filter((stroke): stroke is Arrow => stroke.kind === 'arrow'),
  };
}

type Figure = ReturnType<typeof read>;

let loaded: { test: string | undefined; drawings: Diagrams } | undefined;

/** One drawing, read; the drawings load afresh once per test. */
async function figure(name: string): Promise<Figure> {
  const test = expect.getState().currentTestName;
  const drawings = loaded && loaded.test === test ? loaded.drawings : await freshDrawings();
  loaded = { test, drawings };
  const diagram = drawings[name];
  if (!diagram) throw new Error(`No drawing called ${name}`);
  return read(diagram);
}

const arrowOf = (drawing: Figure, index = 0): Arrow => {
  const arrow = drawing.arrows[index];
  if (!arrow) throw new Error('The drawing has no such arrow');
  return arrow;
};

/** The points the arrow's curve runs through, from its tail to its head. */
function arrowCourse(arrow: Arrow): Point[] {
  const length = Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1) || 1;
  const bend = arrow.bend ?? 0;
  const control = {
    x: (arrow.x1 + arrow.x2) / 2 + ((arrow.y2 - arrow.y1) / length) * bend,
    y: (arrow.y1 + arrow.y2) / 2 - ((arrow.x2 - arrow.x1) / length) * bend,
  };
  return Array.from({ length: 11 }, (_, i) => {
    const t = i / 10;
    return {
      x: (1 - t) ** 2 * arrow.x1 + 2 * (1 - t) * t * control.x + t ** 2 * arrow.x2,
      y: (1 - t) ** 2 * arrow.y1 + 2 * (1 - t) * t * control.y + t ** 2 * arrow.y2,
    };
  });
}

const seatedOnChair = ['chinToChestDiagram', 'figureFourSeatedDiagram', 'seatedHamstringDiagram', 'jawReleaseDiagram', 'baseOfSkullNodDiagram'];
const lyingOnBack = ['kneeToChestDiagram', 'figureFourLyingDiagram', 'lyingHamstringTowelDiagram'];
const lyingOnFront = ['sphinxDiagram', 'proneQuadDiagram'];
const onTheMat = [...lyingOnBack, ...lyingOnFront, 'catStretchDiagram', 'childsPoseDiagram', 'seatedToePullDiagram'];

describe('every printed stretch drawing', () => {
  it('prints as a picture with every line inside its frame', async () => {
    const drawings = await freshDrawings();
    const stretchDiagramSvg = await freshSvg();
    expect(Object.keys(drawings).length).toBeGreaterThanOrEqual(31);
    for (const [name, diagram] of Object.entries(drawings)) {
      expect(() => stretchDiagramSvg(diagram, name), name).not.toThrow();
      for (const stroke of diagram.strokes) {
        const points = stroke.kind === 'shape' ? vertices(stroke.d) : stroke.kind === 'arrow' ? arrowCourse(stroke) : [];
        for (const { x, y } of points) {
          expect(x, name).toBeGreaterThanOrEqual(0.5);
          expect(x, name).toBeLessThanOrEqual(119.5);
          expect(y, name).toBeGreaterThanOrEqual(0.5);
          expect(y, name).toBeLessThanOrEqual(119.5);
        }
      }
    }
  });

  it('shows a whole person: head, torso, two arms and two legs', async () => {
    for (const [name, diagram] of Object.entries(await freshDrawings())) {
      const figureShapes = diagram.strokes.filter((stroke) => stroke.kind === 'shape' && (stroke.tone === 'body' || stroke.tone === 'far'));
      expect(figureShapes.length, name).toBe(6);
      const drawing = read(diagram);
      for (const limb of [drawing.nearArm, drawing.farArm, drawing.nearLeg, drawing.farLeg]) {
        // Each limb runs on from joint to joint; none folds back into a blob.
        expect(gap(limb.root, limb.middle), name).toBeGreaterThan(3);
        expect(gap(limb.root, limb.tip), name).toBeGreaterThan(3);
      }
      expect(drawing.headRadius, name).toBeGreaterThan(5);
    }
  });

  it('shows the floor under the person, except the twist seen from above on its mat', async () => {
    for (const [name, diagram] of Object.entries(await freshDrawings())) {
      const drawing = read(diagram);
      if (name === 'lyingKneeTwistDiagram') {
        expect(drawing.floor, name).toBeUndefined();
        expect(drawing.props, name).toHaveLength(1);
        const [mat] = drawing.props as [Box];
        expect(mat.left, name).toBeLessThan(drawing.body.left);
        expect(mat.right, name).toBeGreaterThan(drawing.body.right);
        expect(mat.top, name).toBeLessThan(drawing.body.top);
        expect(mat.bottom, name).toBeGreaterThan(drawing.body.bottom);
        continue;
      }
      expect(drawing.floor, name).toBeDefined();
      const floor = box(drawing.floor?.d ?? '');
      expect(floor.top, name).toBeCloseTo(floorY, 0);
      expect(floor.left, name).toBeLessThanOrEqual(drawing.body.left);
    }
  });

  it('sets the person on what they stand, sit, kneel or lie on, not sunk into it or floating', async () => {
    for (const [name, diagram] of Object.entries(await freshDrawings())) {
      if (name === 'lyingKneeTwistDiagram') continue;
      const drawing = read(diagram);
      const support = onTheMat.includes(name) ? matTop : floorY;
      expect(drawing.body.bottom, name).toBeGreaterThan(support - 1);
      // Only the tip of a nose may touch down past it.
      expect(drawing.body.bottom, name).toBeLessThanOrEqual(support + 2);
    }
  });

  it('lays an exercise mat under every stretch done lying, kneeling on all fours or sitting on the floor', async () => {
    const drawings = await freshDrawings();
    for (const name of onTheMat) {
      const drawing = read(drawings[name] as StretchDiagram);
      const mat = drawing.props.find((prop) => Math.abs(prop.top - matTop) < 0.2);
      expect(mat, name).toBeDefined();
      expect(mat?.left, name).toBeLessThan(drawing.hip.x - 20);
      expect(mat?.right, name).toBeGreaterThan(drawing.hip.x + 20);
    }
  });

  it('shows an arrow close to the body, long enough to read', async () => {
    for (const [name, diagram] of Object.entries(await freshDrawings())) {
      const drawing = read(diagram);
      expect(drawing.arrows.length, name).toBeGreaterThan(0);
      for (const arrow of drawing.arrows) {
        expect(Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1), name).toBeGreaterThan(8);
        const near = arrowCourse(arrow).some(
          ({ x, y }) => x >= drawing.body.left - 25 && x <= drawing.body.right + 25 && y >= drawing.body.top - 25 && y <= drawing.body.bottom + 25,
        );
        expect(near, name).toBe(true);
      }
    }
  });

  it('faces right in a side view, with the head above the hips unless lying down', async () => {
    const drawings = await freshDrawings();
    const lying = [...lyingOnBack, ...lyingOnFront, 'lyingKneeTwistDiagram', 'catStretchDiagram', 'childsPoseDiagram'];
    for (const [name, diagram] of Object.entries(drawings)) {
      const drawing = read(diagram);
      if (!lying.includes(name)) expect(drawing.head.y, name).toBeLessThan(drawing.hip.y - 20);
      const nose = drawing.nose[1];
      // Lying face up, or with the head hanging on all fours or resting on the mat, the face looks elsewhere.
      if (nose && !lyingOnBack.includes(name) && name !== 'catStretchDiagram' && name !== 'childsPoseDiagram') expect(nose.x, name).toBeGreaterThan(drawing.head.x);
    }
  });
});

describe('stretches done lying on the back', () => {
  it('lie along the mat, head to the left and face to the ceiling', async () => {
    for (const name of lyingOnBack) {
      const drawing = await figure(name);
      expect(drawing.head.x, name).toBeLessThan(drawing.hip.x - 30);
      expect(drawing.head.y, name).toBeGreaterThan(matTop - 12);
      expect(drawing.torso.right - drawing.torso.left, name).toBeGreaterThan(drawing.torso.bottom - drawing.torso.top);
      const nose = drawing.nose[1];
      expect(nose && nose.y < drawing.head.y, name).toBe(true);
      // The arms rest beside or above the body, on the mat side of it.
      for (const arm of [drawing.nearArm, drawing.farArm]) expect(arm.tip.y, name).toBeLessThan(matTop + 0.1);
    }
  });

  it('hug one knee to the chest, the other leg long on the mat', async () => {
    const drawing = await figure('kneeToChestDiagram');
    expect(drawing.nearLeg.middle.x).toBeLessThan(drawing.hip.x);
    expect(drawing.nearLeg.middle.y).toBeLessThan(drawing.hip.y - 10);
    expect(drawing.farLeg.tip.x).toBeGreaterThan(drawing.hip.x + 30);
    expect(drawing.farLeg.end.y).toBeGreaterThan(matTop - 8);
    // Toes point up from a foot resting on its heel.
    expect(drawing.farLeg.tip.y).toBeLessThan(drawing.farLeg.end.y);
    // The hands reach the hugged knee.
    expect(gap(drawing.nearArm.tip, drawing.nearLeg.middle)).toBeLessThan(14);
    expect(drawing.ghost).toBeDefined();
    // The arrow turns the knee in toward the chest: from above the knee's start, around toward the head.
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeLessThan(arrow.x1);
  });

  it('cross one ankle over the other knee and draw that knee in (figure four)', async () => {
    const drawing = await figure('figureFourLyingDiagram');
    // The far leg's knee is up and bent; the near ankle rests across it.
    expect(drawing.farLeg.middle.y).toBeLessThan(drawing.hip.y - 15);
    expect(drawing.farLeg.end.y).toBeGreaterThan(drawing.farLeg.middle.y);
    expect(gap(drawing.nearLeg.end, drawing.farLeg.middle)).toBeLessThan(20);
    expect(drawing.nearLeg.middle.y).toBeLessThan(drawing.hip.y - 15);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeLessThan(arrow.x1);
  });

  it('raise one straight leg with a towel from the hands to the foot', async () => {
    const drawing = await figure('lyingHamstringTowelDiagram');
    expect(drawing.nearLeg.tip.y).toBeLessThan(drawing.hip.y - 40);
    expect(Math.abs(drawing.nearLeg.end.x - drawing.hip.x)).toBeLessThan(8);
    // The other knee is bent, foot flat on the mat.
    expect(drawing.farLeg.middle.y).toBeLessThan(drawing.hip.y - 10);
    expect(drawing.farLeg.end.y).toBeGreaterThan(matTop - 8);
    expect(drawing.towel).toBeDefined();
    const towel = box(drawing.towel?.d ?? '');
    expect(towel.bottom).toBeGreaterThan(drawing.nearArm.tip.y - 2);
    expect(towel.top).toBeLessThan(drawing.nearLeg.end.y);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.y2).toBeLessThan(arrow.y1);
  });
});

describe('stretches done lying on the front', () => {
  it('lie along the mat, head to the right and the legs long behind', async () => {
    for (const name of lyingOnFront) {
      const drawing = await figure(name);
      expect(drawing.head.x, name).toBeGreaterThan(drawing.hip.x + 25);
      expect(drawing.farLeg.tip.x, name).toBeLessThan(drawing.hip.x - 30);
      expect(drawing.farLeg.end.y, name).toBeGreaterThan(matTop - 12);
    }
  });

  it('prop the chest on the forearms for the sphinx, elbows under the shoulders', async () => {
    const drawing = await figure('sphinxDiagram');
    expect(drawing.head.y).toBeLessThan(matTop - 25);
    expect(drawing.nearArm.middle.y).toBeGreaterThan(matTop - 6);
    expect(drawing.nearArm.tip.x).toBeGreaterThan(drawing.nearArm.middle.x + 10);
    expect(Math.abs(drawing.nearArm.middle.x - drawing.nearArm.root.x)).toBeLessThan(6);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.y2).toBeLessThan(arrow.y1);
  });

  it('draw the heel toward the seat, the hand holding the foot, for the quad stretch lying down', async () => {
    const drawing = await figure('proneQuadDiagram');
    expect(drawing.nearLeg.end.y).toBeLessThan(drawing.nearLeg.middle.y - 15);
    expect(gap(drawing.nearArm.tip, drawing.nearLeg.end)).toBeLessThan(18);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeGreaterThan(arrow.x1);
  });
});

describe('stretches done on hands and knees or folded on the mat', () => {
  it('round the back up between hands and knees for the cat stretch', async () => {
    const drawing = await figure('catStretchDiagram');
    for (const point of [drawing.nearArm.tip, drawing.farArm.tip, drawing.nearLeg.middle, drawing.farLeg.middle]) {
      expect(point.y).toBeGreaterThan(matTop - 8);
    }
    // Hands under the shoulders, knees under the hips.
    expect(Math.abs(drawing.nearArm.end.x - drawing.nearArm.root.x)).toBeLessThan(5);
    expect(Math.abs(drawing.nearLeg.middle.x - drawing.hip.x)).toBeLessThan(5);
    expect(drawing.nearLeg.tip.x).toBeLessThan(drawing.nearLeg.middle.x - 15);
    // The back rises above the line from hips to shoulders; the head hangs.
    expect(drawing.torso.top).toBeLessThan(Math.min(drawing.hip.y, drawing.nearArm.root.y) - 8);
    expect(drawing.head.y).toBeGreaterThan(drawing.nearArm.root.y);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.y2).toBeLessThan(arrow.y1 - 10);
  });

  it('fold forward over the knees with the arms long in front for child’s pose', async () => {
    const drawing = await figure('childsPoseDiagram');
    // Sitting back on the heels, the shins flat on the mat behind.
    expect(gap(drawing.hip, drawing.nearLeg.end)).toBeLessThan(14);
    expect(drawing.nearLeg.middle.y).toBeGreaterThan(matTop - 8);
    expect(drawing.head.x).toBeGreaterThan(drawing.hip.x + 25);
    expect(drawing.head.y).toBeGreaterThan(matTop - 20);
    expect(drawing.nearArm.tip.x).toBeGreaterThan(drawing.head.x);
    expect(drawing.nearArm.tip.y).toBeGreaterThan(matTop - 12);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeGreaterThan(arrow.x1);
    expect(arrow.y2).toBeGreaterThan(arrow.y1);
  });

  it('sit tall on the mat, legs long, a towel from the hands round the foot', async () => {
    const drawing = await figure('seatedToePullDiagram');
    expect(drawing.head.y).toBeLessThan(drawing.hip.y - 35);
    expect(drawing.nearLeg.end.x).toBeGreaterThan(drawing.hip.x + 40);
    expect(drawing.nearLeg.end.y).toBeGreaterThan(matTop - 8);
    expect(drawing.nearLeg.tip.x).toBeLessThan(drawing.nearLeg.end.x + 2);
    expect(drawing.towel).toBeDefined();
    const towel = box(drawing.towel?.d ?? '');
    expect(towel.right).toBeGreaterThan(drawing.nearLeg.tip.x - 1);
    expect(towel.left).toBeLessThan(drawing.nearArm.tip.x + 1);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeLessThan(arrow.x1);
  });

  it('lie face up with the arms out and both knees dropped to one side for the twist', async () => {
    const drawing = await figure('lyingKneeTwistDiagram');
    // Seen from above: the body runs across the mat, the arms straight out to either side of it.
    expect(drawing.head.x).toBeLessThan(drawing.hip.x - 30);
    expect(drawing.nearArm.tip.y).toBeGreaterThan(drawing.torso.bottom + 15);
    expect(drawing.farArm.tip.y).toBeLessThan(drawing.torso.top - 15);
    // Both knees drop to the same side.
    expect(drawing.nearLeg.middle.y).toBeGreaterThan(drawing.hip.y + 5);
    expect(drawing.farLeg.middle.y).toBeGreaterThan(drawing.hip.y + 5);
    const arrow = arrowOf(drawing);
    expect(arrow.y2).toBeGreaterThan(arrow.y1);
  });
});

describe('stretches done sitting on a chair', () => {
  it('sit on the seat with the feet flat on the floor', async () => {
    for (const name of seatedOnChair) {
      const drawing = await figure(name);
      const seat = drawing.props.find((prop) => prop.right - prop.left > 15);
      expect(seat, name).toBeDefined();
      if (!seat) continue;
      // The seat's front edge is just behind the knees, under the thighs.
      expect(seat.right, name).toBeGreaterThan(drawing.hip.x);
      expect(seat.right, name).toBeLessThan(drawing.nearLeg.middle.x + 2);
      expect(seat.top, name).toBeGreaterThan(drawing.hip.y);
      expect(seat.top, name).toBeLessThan(drawing.hip.y + 10);
      // The chair back rises behind the person.
      const back = drawing.props.find((prop) => prop.bottom - prop.top > 40 && prop.top < seat.top - 20);
      expect(back && back.right < drawing.torso.left + 3, name).toBe(true);
      expect(drawing.farLeg.end.y, name).toBeGreaterThan(floorY - 8);
    }
  });

  it('drop the chin toward the chest and tilt the nod forward', async () => {
    const chin = await figure('chinToChestDiagram');
    expect(chin.nose[1] && chin.nose[1].y > chin.head.y).toBe(true);
    expect(chin.ghost).toBeDefined();
    const nod = arrowOf(chin);
    expect(nod.x2).toBeGreaterThan(nod.x1);
    expect(nod.y2).toBeGreaterThan(nod.y1);
    const skull = await figure('baseOfSkullNodDiagram');
    expect(skull.nose[1] && skull.nose[1].y > skull.head.y).toBe(true);
    const tuck = arrowOf(skull);
    expect(tuck.y2).toBeGreaterThan(tuck.y1);
  });

  it('let the jaw drop open for the jaw release, the arrow pointing down from the chin', async () => {
    const drawing = await figure('jawReleaseDiagram');
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.y2).toBeGreaterThan(arrow.y1);
    expect(arrow.x1).toBeGreaterThan(drawing.head.x);
  });

  it('cross an ankle over the other knee and lean forward (figure four, seated)', async () => {
    const drawing = await figure('figureFourSeatedDiagram');
    expect(drawing.nearLeg.end.x).toBeLessThan(drawing.nearLeg.middle.x);
    expect(drawing.nearLeg.end.y).toBeLessThan(drawing.farLeg.end.y - 10);
    expect(drawing.head.x).toBeGreaterThan(drawing.hip.x + 10);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeGreaterThan(arrow.x1);
  });

  it('stretch one leg out straight and lean forward over it (seated hamstring)', async () => {
    const drawing = await figure('seatedHamstringDiagram');
    expect(drawing.nearLeg.end.x).toBeGreaterThan(drawing.hip.x + 35);
    expect(drawing.nearLeg.tip.y).toBeLessThan(drawing.nearLeg.end.y);
    expect(drawing.head.x).toBeGreaterThan(drawing.hip.x + 15);
    expect(drawing.nearArm.tip.x).toBeGreaterThan(drawing.nearLeg.middle.x - 5);
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeGreaterThan(arrow.x1);
  });
});

describe('the side neck tilt, on a stool facing the reader', () => {
  it('sits upright on the stool and tilts the head to one side, one hand reaching down', async () => {
    const drawing = await figure('sideNeckTiltDiagram');
    const seat = drawing.props.find((prop) => prop.right - prop.left > 25);
    expect(seat).toBeDefined();
    if (!seat) return;
    expect(Math.abs((seat.left + seat.right) / 2 - drawing.hip.x)).toBeLessThan(6);
    expect(seat.top).toBeGreaterThan(drawing.hip.y - 2);
    expect(seat.top).toBeLessThan(drawing.hip.y + 10);
    // The feet rest on the floor, a little apart, one each side.
    expect(drawing.nearLeg.end.y).toBeGreaterThan(floorY - 8);
    expect(drawing.nearLeg.end.x).toBeLessThan(drawing.hip.x);
    expect(drawing.farLeg.end.x).toBeGreaterThan(drawing.hip.x);
    expect(drawing.head.x).toBeLessThan((drawing.torso.left + drawing.torso.right) / 2 - 4);
    expect(drawing.farArm.tip.y).toBeGreaterThan(drawing.hip.y - 10);
    expect(drawing.ghost).toBeDefined();
    expect(drawing.arrows).toHaveLength(2);
    expect(arrowOf(drawing, 1).y2).toBeGreaterThan(arrowOf(drawing, 1).y1);
  });
});

describe('stretches done standing', () => {
  it('stand the feet on the floor, a little apart', async () => {
    const standingUp = ['crossBodyShoulderDiagram', 'wallWalkUpDiagram', 'upperBackReachDiagram', 'wallCalfDiagram', 'doorwayChestDiagram', 'behindBackOpenerDiagram', 'overheadTricepsDiagram', 'wallBicepsDiagram', 'wristFlexorDiagram', 'wristExtensorDiagram', 'standingSideReachDiagram'];
    for (const name of standingUp) {
      const drawing = await figure(name);
      for (const leg of [drawing.nearLeg, drawing.farLeg]) {
        expect(leg.end.y, name).toBeGreaterThan(floorY - 8);
        expect(Math.abs(leg.end.x - drawing.hip.x), name).toBeLessThan(25);
      }
      expect(drawing.head.y, name).toBeLessThan(drawing.hip.y - 30);
    }
  });

  it('reach up the wall with the fingertips on it, the arrow running up beside it', async () => {
    const drawing = await figure('wallWalkUpDiagram');
    const wall = drawing.props.find((prop) => prop.bottom - prop.top > 80);
    expect(wall).toBeDefined();
    expect(Math.abs((wall?.left ?? 0) - drawing.nearArm.tip.x)).toBeLessThan(4);
    expect(drawing.nearArm.tip.y).toBeLessThan(drawing.head.y);
    expect(box(drawing.floor?.d ?? '').right).toBeLessThan((wall?.left ?? 0) + 3);
    const arrow = arrowOf(drawing);
    expect(arrow.x1).toBeGreaterThan(wall?.right ?? 0);
    expect(arrow.x2).toBeCloseTo(arrow.x1, 1);
    expect(arrow.y2).toBeLessThan(arrow.y1 - 15);
    expect(drawing.ghost).toBeDefined();
  });

  it('lean into the wall with the hands on it for the calf stretches, the back leg long', async () => {
    for (const name of ['wallCalfDiagram', 'bentKneeCalfDiagram']) {
      const drawing = await figure(name);
      const wall = drawing.props.find((prop) => prop.bottom - prop.top > 80);
      expect(wall, name).toBeDefined();
      expect(Math.abs((wall?.left ?? 0) - drawing.nearArm.tip.x), name).toBeLessThan(4);
      expect(box(drawing.floor?.d ?? '').right, name).toBeLessThan((wall?.left ?? 0) + 3);
      // One foot forward, one back, both on the floor.
      expect(drawing.nearLeg.end.x, name).toBeLessThan(drawing.hip.x - 5);
      expect(drawing.farLeg.end.x, name).toBeGreaterThan(drawing.hip.x + 5);
      for (const leg of [drawing.nearLeg, drawing.farLeg]) expect(leg.end.y, name).toBeGreaterThan(floorY - 12);
      expect(drawing.ghost, name).toBeDefined();
    }
    const straight = await figure('wallCalfDiagram');
    expect(arrowOf(straight).x2).toBeGreaterThan(arrowOf(straight).x1 + 10);
    const bent = await figure('bentKneeCalfDiagram');
    // The back knee bends: the knee comes forward of the line from hip to heel.
    expect(bent.nearLeg.middle.x).toBeGreaterThan(bent.nearLeg.end.x + 5);
    expect(arrowOf(bent).y2).toBeGreaterThan(arrowOf(bent).y1 + 10);
  });

  it('rest the forearm on the door frame and step through it for the chest', async () => {
    const drawing = await figure('doorwayChestDiagram');
    const post = drawing.props.find((prop) => prop.bottom - prop.top > 80);
    expect(post).toBeDefined();
    expect(Math.abs((post?.right ?? 0) - drawing.nearArm.middle.x)).toBeLessThan(5);
    expect(drawing.nearArm.tip.y).toBeLessThan(drawing.nearArm.middle.y - 10);
    expect(drawing.nearLeg.end.x).toBeGreaterThan(drawing.farLeg.end.x + 5);
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeGreaterThan(arrow.x1 + 10);
    expect(drawing.ghost).toBeDefined();
  });

  it('rest the hand flat on the wall behind for the biceps, and turn away from it', async () => {
    const drawing = await figure('wallBicepsDiagram');
    const wall = drawing.props.find((prop) => prop.bottom - prop.top > 80);
    expect(wall).toBeDefined();
    expect(Math.abs((wall?.right ?? 0) - drawing.nearArm.end.x)).toBeLessThan(4);
    expect(drawing.nearArm.end.x).toBeLessThan(drawing.hip.x - 20);
    expect(box(drawing.floor?.d ?? '').left).toBeGreaterThan((wall?.right ?? 0) - 3);
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeGreaterThan(arrow.x1);
  });

  it('hold the arms out in front, the fingers drawn back or down for the wrist stretches', async () => {
    const flexor = await figure('wristFlexorDiagram');
    const extensor = await figure('wristExtensorDiagram');
    for (const drawing of [flexor, extensor]) {
      expect(drawing.nearArm.end.x).toBeGreaterThan(drawing.hip.x + 25);
      expect(Math.abs(drawing.nearArm.end.y - drawing.nearArm.root.y)).toBeLessThan(4);
      expect(drawing.ghost).toBeDefined();
    }
    // Fingers back toward the body and up, or pointing down.
    expect(flexor.nearArm.tip.y).toBeLessThan(flexor.nearArm.end.y - 2);
    expect(extensor.nearArm.tip.y).toBeGreaterThan(extensor.nearArm.end.y + 2);
    expect(arrowOf(flexor).y2).toBeLessThan(arrowOf(flexor).y1);
    expect(arrowOf(extensor).y2).toBeGreaterThan(arrowOf(extensor).y1);
    // The other hand helps, reaching the stretched hand.
    expect(gap(flexor.farArm.tip, flexor.nearArm.tip)).toBeLessThan(10);
    expect(gap(extensor.farArm.tip, extensor.nearArm.tip)).toBeLessThan(10);
  });

  it('round the upper back and reach the arms forward', async () => {
    const drawing = await figure('upperBackReachDiagram');
    expect(drawing.nearArm.tip.x).toBeGreaterThan(drawing.hip.x + 25);
    expect(drawing.torso.left).toBeLessThan(drawing.hip.x - 8);
    const [back, reach] = [arrowOf(drawing, 0), arrowOf(drawing, 1)];
    expect(back.x2).toBeLessThan(back.x1);
    expect(reach.x2).toBeGreaterThan(reach.x1);
    expect(drawing.ghost).toBeDefined();
  });

  it('draw the arms back behind the body for the chest opener', async () => {
    const drawing = await figure('behindBackOpenerDiagram');
    expect(drawing.nearArm.tip.x).toBeLessThan(drawing.hip.x - 8);
    expect(drawing.farArm.tip.x).toBeLessThan(drawing.hip.x - 8);
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeLessThan(arrow.x1);
    expect(drawing.ghost).toBeDefined();
  });

  it('hold a leg bent behind, the hand at the foot, the other hand on a chair back (standing quad and top of foot)', async () => {
    for (const name of ['standingQuadDiagram', 'topOfFootDiagram']) {
      const drawing = await figure(name);
      const chairTop = drawing.props.find((prop) => prop.bottom - prop.top > 40);
      expect(chairTop, name).toBeDefined();
      expect(gap(drawing.farArm.tip, { x: chairTop?.left ?? 0, y: chairTop?.top ?? 0 }), name).toBeLessThan(6);
      expect(drawing.farLeg.end.y, name).toBeGreaterThan(floorY - 8);
      expect(drawing.ghost, name).toBeDefined();
    }
    const quad = await figure('standingQuadDiagram');
    expect(quad.nearLeg.end.y).toBeLessThan(quad.nearLeg.middle.y - 15);
    expect(gap(quad.nearArm.tip, quad.nearLeg.end)).toBeLessThan(10);
    expect(arrowOf(quad).y2).toBeLessThan(arrowOf(quad).y1);
    const foot = await figure('topOfFootDiagram');
    expect(foot.nearLeg.end.x).toBeLessThan(foot.hip.x - 5);
    expect(foot.nearLeg.tip.y).toBeGreaterThan(floorY - 6);
    expect(arrowOf(foot).x2).toBeGreaterThan(arrowOf(foot).x1);
  });

  it('kneel on one knee on a cushion, the other foot forward, and ease the hips forward', async () => {
    const drawing = await figure('kneelingHipFlexorDiagram');
    const cushion = drawing.props.find((prop) => prop.bottom - prop.top < 6 && prop.right - prop.left > 20);
    expect(cushion).toBeDefined();
    expect(drawing.nearLeg.middle.x).toBeGreaterThan((cushion?.left ?? 0) - 1);
    expect(drawing.nearLeg.middle.x).toBeLessThan((cushion?.right ?? 0) + 1);
    expect(drawing.nearLeg.middle.y).toBeLessThan((cushion?.top ?? 0) + 1);
    expect(drawing.nearLeg.middle.y).toBeGreaterThan((cushion?.top ?? 0) - 6);
    expect(drawing.farLeg.middle.x).toBeGreaterThan(drawing.hip.x + 15);
    expect(drawing.farLeg.end.y).toBeGreaterThan(floorY - 8);
    expect(drawing.head.y).toBeLessThan(drawing.hip.y - 30);
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeGreaterThan(arrow.x1 + 10);
    expect(drawing.ghost).toBeDefined();
  });
});

describe('stretches done facing the reader', () => {
  it('stand symmetrically at rest: the arms and legs either side mirror each other', async () => {
    const drawing = await figure('crossBodyShoulderDiagram');
    // The legs are those of someone standing at rest.
    const centre = (drawing.nearLeg.root.x + drawing.farLeg.root.x) / 2;
    expect(drawing.nearLeg.end.x - centre).toBeCloseTo(-(drawing.farLeg.end.x - centre), 0);
    expect(drawing.nearLeg.end.x).toBeLessThan(centre);
    // One arm across the chest, the other hand holding it above the elbow.
    expect(drawing.nearArm.tip.x).toBeGreaterThan(drawing.torso.right - 4);
    expect(drawing.nearArm.middle.y).toBeLessThan(drawing.nearArm.root.y + 6);
    expect(gap(drawing.farArm.tip, drawing.nearArm.middle)).toBeLessThan(14);
    expect(drawing.ghost).toBeDefined();
  });

  it('bend one arm behind the head, the other hand at that elbow (overhead triceps)', async () => {
    const drawing = await figure('overheadTricepsDiagram');
    expect(drawing.nearArm.middle.y).toBeLessThan(drawing.head.y);
    expect(drawing.nearArm.tip.y).toBeLessThan(drawing.nearArm.root.y);
    expect(gap(drawing.farArm.tip, drawing.nearArm.middle)).toBeLessThan(10);
    expect(drawing.farLeg.end.x).toBeGreaterThan(drawing.hip.x);
    expect(drawing.nearLeg.end.x).toBeLessThan(drawing.hip.x);
    expect(drawing.ghost).toBeDefined();
  });

  it('lean to one side with one arm overhead, the other hand on the hip (side reach)', async () => {
    const drawing = await figure('standingSideReachDiagram');
    expect(drawing.farArm.tip.y).toBeLessThan(drawing.head.y - 10);
    expect(drawing.farArm.tip.x).toBeLessThan(drawing.hip.x);
    expect(drawing.head.x).toBeLessThan(drawing.hip.x - 3);
    expect(gap(drawing.nearArm.tip, drawing.hip)).toBeLessThan(14);
    expect(drawing.ghost).toBeDefined();
    const arrow = arrowOf(drawing);
    expect(arrow.x2).toBeLessThan(arrow.x1);
  });

  it('sit with the soles together and let the knees fall open (butterfly)', async () => {
    const drawing = await figure('butterflyDiagram');
    expect(drawing.nearLeg.middle.x).toBeLessThan(drawing.hip.x - 15);
    expect(drawing.farLeg.middle.x).toBeGreaterThan(drawing.hip.x + 15);
    expect(gap(drawing.nearLeg.end, drawing.farLeg.end)).toBeLessThan(16);
    // The hands hold the feet.
    expect(gap(drawing.nearArm.tip, drawing.nearLeg.end)).toBeLessThan(18);
    expect(gap(drawing.farArm.tip, drawing.farLeg.end)).toBeLessThan(18);
    expect(drawing.arrows).toHaveLength(2);
    for (const arrow of drawing.arrows) expect(arrow.y2).toBeGreaterThan(arrow.y1 + 5);
    expect(drawing.ghost).toBeDefined();
  });
});

describe('the start position, drawn as a light ghost', () => {
  const pieces = { arm: 3, leg: 3, torso: 1, sideHead: 3, frontHead: 2 };
  const wholeSide = 2 * pieces.arm + 2 * pieces.leg + pieces.torso + pieces.sideHead;
  const wholeFront = 2 * pieces.arm + 2 * pieces.leg + pieces.torso + pieces.frontHead;
  /** How many pieces of the body the ghost shows: only those that move, or all when the person shifts or settles. */
  const moving: Record<string, number> = {
    sideNeckTiltDiagram: pieces.frontHead + pieces.arm,
    chinToChestDiagram: pieces.sideHead,
    crossBodyShoulderDiagram: 2 * pieces.arm,
    wallWalkUpDiagram: pieces.arm,
    upperBackReachDiagram: pieces.torso + pieces.sideHead + 2 * pieces.arm,
    kneeToChestDiagram: pieces.leg + 2 * pieces.arm,
    figureFourLyingDiagram: pieces.leg,
    figureFourSeatedDiagram: pieces.torso + pieces.sideHead + 2 * pieces.arm,
    seatedHamstringDiagram: pieces.torso + pieces.sideHead + 2 * pieces.arm,
    lyingHamstringTowelDiagram: pieces.leg,
    jawReleaseDiagram: pieces.sideHead,
    baseOfSkullNodDiagram: pieces.sideHead,
    behindBackOpenerDiagram: pieces.torso + pieces.sideHead + 2 * pieces.arm,
    overheadTricepsDiagram: 2 * pieces.arm,
    wristFlexorDiagram: pieces.arm,
    wristExtensorDiagram: pieces.arm,
    standingQuadDiagram: pieces.leg,
    proneQuadDiagram: pieces.leg,
    seatedToePullDiagram: pieces.leg,
    catStretchDiagram: wholeSide,
    childsPoseDiagram: wholeSide,
    wallCalfDiagram: wholeSide,
    bentKneeCalfDiagram: wholeSide,
    doorwayChestDiagram: wholeSide,
    sphinxDiagram: wholeSide,
    kneelingHipFlexorDiagram: wholeSide,
    topOfFootDiagram: wholeSide,
    standingSideReachDiagram: wholeFront,
    butterflyDiagram: wholeFront,
  };

  it('shows only the parts of the body that move', async () => {
    const drawings = await freshDrawings();
    for (const [name, diagram] of Object.entries(drawings)) {
      const ghost = read(diagram).ghost;
      const shown = ghost === undefined ? 0 : ghost.split('M').length - 1;
      expect(shown, name).toBe(moving[name] ?? 0);
    }
  });

  it('stands further back before leaning into the wall', async () => {
    const drawing = await figure('wallCalfDiagram');
    const ghost = box(drawing.ghost ?? '');
    expect((ghost.left + ghost.right) / 2).toBeLessThan((drawing.body.left + drawing.body.right) / 2 - 2);
  });

  it('starts the arrow up the wall where the hand starts, and ends it where the hand reaches', async () => {
    const drawing = await figure('wallWalkUpDiagram');
    const start = joints(drawing.ghost ?? '');
    const arrow = arrowOf(drawing);
    expect(arrow.y1).toBeCloseTo(start.tip.y, 0);
    expect(arrow.y2).toBeCloseTo(drawing.nearArm.tip.y, 0);
  });
});

describe('the details a client reads in the drawings', () => {
  it('prints the far arm and leg grey behind the body in a side view, and every limb dark when facing the reader', async () => {
    const facingTheReader = ['sideNeckTiltDiagram', 'crossBodyShoulderDiagram', 'lyingKneeTwistDiagram', 'overheadTricepsDiagram', 'standingSideReachDiagram', 'butterflyDiagram'];
    for (const [name, diagram] of Object.entries(await freshDrawings())) {
      const far = diagram.strokes.filter((stroke) => stroke.kind === 'shape' && stroke.tone === 'far');
      expect(far.length, name).toBe(facingTheReader.includes(name) ? 0 : 2);
    }
  });

  it('opens the mouth only for the jaw release', async () => {
    for (const [name, diagram] of Object.entries(await freshDrawings())) {
      const mouth = diagram.strokes.some((stroke) => stroke.kind === 'shape' && stroke.tone === 'paper');
      expect(mouth, name).toBe(name === 'jawReleaseDiagram');
    }
  });

  it('runs the floor up to the wall, with no gap under it', async () => {
    for (const name of ['wallWalkUpDiagram', 'wallCalfDiagram', 'bentKneeCalfDiagram']) {
      const drawing = await figure(name);
      const wall = drawing.props.find((prop) => prop.bottom - prop.top > 80);
      expect(box(drawing.floor?.d ?? '').right, name).toBeGreaterThan(wall?.left ?? Infinity);
    }
  });

  it('puts the hand on top of the chair back it holds', async () => {
    for (const name of ['standingQuadDiagram', 'topOfFootDiagram']) {
      const drawing = await figure(name);
      const post = drawing.props.find((prop) => prop.bottom - prop.top > 40);
      const hand = drawing.farArm.tip;
      expect(post?.top, name).toBeLessThan(hand.y);
      expect(post?.top, name).toBeGreaterThan(hand.y - 4);
      expect(post?.left, name).toBeGreaterThan(hand.x);
      expect(post?.left, name).toBeLessThan(hand.x + 3);
    }
  });

  it('sets the chair seat under the thighs, reaching nearly to the knees', async () => {
    for (const name of seatedOnChair) {
      const drawing = await figure(name);
      const seat = drawing.props.find((prop) => prop.right - prop.left > 15);
      expect(seat?.top, name).toBeGreaterThanOrEqual(drawing.hip.y + 5);
      expect(drawing.nearLeg.middle.x - (seat?.right ?? 0), name).toBeLessThan(16);
    }
  });

  it('draws the legs long behind with the toes pointing back when lying on the front', async () => {
    const sphinx = await figure('sphinxDiagram');
    for (const leg of [sphinx.nearLeg, sphinx.farLeg]) {
      expect(leg.end.x).toBeLessThan(sphinx.hip.x - 30);
      expect(leg.tip.x).toBeLessThan(leg.end.x);
    }
    const quad = await figure('proneQuadDiagram');
    expect(quad.farLeg.tip.x).toBeLessThan(quad.farLeg.end.x);
  });

  it('lays both shins back along the mat on all fours and in child’s pose, the feet pointing back', async () => {
    for (const name of ['catStretchDiagram', 'childsPoseDiagram']) {
      const drawing = await figure(name);
      for (const leg of [drawing.nearLeg, drawing.farLeg]) {
        expect(leg.end.x, name).toBeLessThan(leg.middle.x - 15);
        expect(leg.tip.x, name).toBeLessThan(leg.end.x);
      }
    }
  });

  it('draws each arrow beside the part that moves, not across the body', async () => {
    const reach = await figure('upperBackReachDiagram');
    const back = arrowOf(reach, 0);
    expect(Math.max(back.x1, back.x2)).toBeLessThan(reach.torso.left + 2);
    const bent = await figure('bentKneeCalfDiagram');
    expect(arrowOf(bent).x1).toBeLessThan(bent.hip.x);
    const quad = await figure('standingQuadDiagram');
    const turn = arrowOf(quad);
    expect(Math.max(turn.x1, turn.x2)).toBeLessThan(quad.nearLeg.middle.x);
  });
});

/** The lowest point of a foot: the lower of its rounded heel and toe ends. */
function footBottom(legD: string): number {
  const foot = legD.split('M').filter((piece) => piece.trim() !== '')[2] ?? '';
  const [a1, b1, b2, a2] = vertices(`M${foot}`) as [Point, Point, Point, Point];
  const heel = mid(a1, a2);
  const toe = mid(b1, b2);
  return Math.max(heel.y + gap(a1, a2) / 2, toe.y + gap(b1, b2) / 2);
}

describe('feet that stand on the floor', () => {
  /** The feet a client stands or sits on in each drawing, which must touch the floor, not hover above it. */
  const planted: Record<string, Array<'near' | 'far'>> = {
    sideNeckTiltDiagram: ['near', 'far'],
    crossBodyShoulderDiagram: ['near', 'far'],
    wallWalkUpDiagram: ['near', 'far'],
    upperBackReachDiagram: ['near', 'far'],
    wallCalfDiagram: ['near', 'far'],
    bentKneeCalfDiagram: ['near', 'far'],
    doorwayChestDiagram: ['near', 'far'],
    behindBackOpenerDiagram: ['near', 'far'],
    overheadTricepsDiagram: ['near', 'far'],
    wallBicepsDiagram: ['near', 'far'],
    wristFlexorDiagram: ['near', 'far'],
    wristExtensorDiagram: ['near', 'far'],
    standingSideReachDiagram: ['near', 'far'],
    standingQuadDiagram: ['far'],
    topOfFootDiagram: ['near', 'far'],
    kneelingHipFlexorDiagram: ['near', 'far'],
  };

  it('rest on the floor, with no gap a reader could see', async () => {
    for (const [name, diagram] of Object.entries(await freshDrawings())) {
      const shapes = diagram.strokes.filter((stroke) => stroke.kind === 'shape' && (stroke.tone === 'body' || stroke.tone === 'far'));
      const legs = { far: shapes[1], near: shapes[3] };
      for (const side of planted[name] ?? []) {
        const leg = legs[side];
        expect(leg?.kind === 'shape' && footBottom(leg.d), `${name}: ${side} foot`).toBeGreaterThan(floorY - 1.5);
      }
    }
  });
});
