import { diagramViewBox, type DiagramStroke, type StretchDiagram } from '../content/stretch';
import { bodyExtremes, bodyParts, type BodyPart } from './body';
import { floorY } from './props';
import { shifted, skeletonFor, type Pose, type Skeleton } from './skeleton';

/** One stretch's picture: the held position, where it starts from, what it rests on and how it moves. */
export interface FigureDrawing {
  pose: Pose;
  /** The starting position, drawn as a light ghost wherever it differs from the held one. */
  start?: Pose;
  /** The height the lowest point of the body rests on; false keeps the pose where it is placed. */
  restOn?: number | false;
  /** Furniture and floor behind the figure, placed from the held position. */
  props?: (held: Skeleton) => DiagramStroke[];
  /** Things drawn over the figure, such as a towel in the hands. */
  over?: (held: Skeleton) => DiagramStroke[];
  /** At least one arrow for the direction of the movement. */
  arrows: (held: Skeleton, start: Skeleton | null) => DiagramStroke[];
}

/** Sets a posed skeleton down so its lowest point touches the given height. */
function rest(pose: Pose, on: number | false): Skeleton {
  const skeleton = skeletonFor(pose);
  if (on === false) return skeleton;
  const lowest = Math.max(...bodyExtremes(skeleton).map(({ at, r }) => at.y + r));
  return shifted(skeleton, 0, on - lowest);
}

function partTone(part: BodyPart, skeleton: Skeleton): 'body' | 'far' | 'paper' {
  if (part.name === 'mouth') return 'paper';
  return skeleton.view === 'side' && (part.name === 'farArm' || part.name === 'farLeg') ? 'far' : 'body';
}

/** Draws the figure: props, the start ghost, the body, anything held, then the arrows on top. */
export function figureDiagram(drawing: FigureDrawing): StretchDiagram {
  const on = drawing.restOn ?? floorY;
  const held = rest(drawing.pose, on);
  const start = drawing.start ? rest(drawing.start, on) : null;
  const parts = bodyParts(held);
  const strokes: DiagramStroke[] = [...(drawing.props?.(held) ?? [])];
  if (start) {
    const moved = bodyParts(start).filter(
      (part) => part.name !== 'mouth' && part.d !== parts.find((each) => each.name === part.name)?.d,
    );
    if (moved.length > 0) strokes.push({ kind: 'shape', tone: 'ghost', d: moved.map((part) => part.d).join(' ') });
  }
  strokes.push(...parts.map((part): DiagramStroke => ({ kind: 'shape', tone: partTone(part, held), d: part.d })));
  strokes.push(...(drawing.over?.(held) ?? []));
  strokes.push(...drawing.arrows(held, start));
  return { viewBox: diagramViewBox, strokes };
}
