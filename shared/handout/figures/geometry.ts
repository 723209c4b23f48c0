// Plane geometry for the figure drawings, in viewBox units (y grows downward).

export interface Point {
  x: number;
  y: number;
}

/**
 * A direction on the page in degrees: 0 points down, 90 to the right, 180 up, -90 to the left.
 * Every angle in a pose uses this one convention, so a pose reads the way it is drawn.
 */
export function heading(degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return { x: Math.sin(radians), y: Math.cos(radians) };
}

export function headingOf(from: Point, to: Point): number {
  return (Math.atan2(to.x - from.x, to.y - from.y) * 180) / Math.PI;
}

export function along(from: Point, degrees: number, length: number): Point {
  const unit = heading(degrees);
  return { x: from.x + unit.x * length, y: from.y + unit.y * length };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

export function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** One decimal is finer than any printer dot at these sizes, and keeps the markup short. */
function tenth(value: number): number {
  if (!Number.isFinite(value)) throw new Error('A figure coordinate must be a finite number');
  return Math.round(value * 10) / 10;
}

function fmt(value: number): string {
  const rounded = tenth(value);
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function pt(p: Point): string {
  return `${fmt(p.x)} ${fmt(p.y)}`;
}

/** The sweep flag for an arc from a through b to c: 1 when that turn runs clockwise on the page. */
function sweep(a: Point, b: Point, c: Point): 0 | 1 {
  return (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x) > 0 ? 1 : 0;
}

/*
 * Every outline runs clockwise on the page, so shapes merged into one path fill their overlaps
 * instead of cutting holes in each other (nonzero fill rule).
 */
function clockwise(points: readonly Point[]): readonly Point[] {
  let twiceArea = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length] as Point;
    twiceArea += p.x * q.y - q.x * p.y;
  });
  return twiceArea >= 0 ? points : [...points].reverse();
}

export function circlePath(center: Point, r: number): string {
  // The halves end a printed radius from the printed centre: a radius rounded up against ends
  // rounded apart would make each half more than a half circle, and the circle print as an egg.
  const middle = { x: tenth(center.x), y: tenth(center.y) };
  const radius = tenth(r);
  const left = { x: middle.x - radius, y: middle.y };
  const right = { x: middle.x + radius, y: middle.y };
  return `M${pt(left)} A${fmt(radius)} ${fmt(radius)} 0 1 1 ${pt(right)} A${fmt(radius)} ${fmt(radius)} 0 1 1 ${pt(left)} Z`;
}

/** A limb with volume: two round ends of radius r1 at a and r2 at b, joined by their outer tangents. */
export function capsulePath(a: Point, r1: number, b: Point, r2: number): string {
  const length = distance(a, b);
  if (length <= Math.abs(r1 - r2)) return circlePath(r1 >= r2 ? a : b, Math.max(r1, r2));
  const along = headingOf(a, b);
  const taper = (Math.asin((r1 - r2) / length) * 180) / Math.PI;
  const side = (sign: 1 | -1): Point => heading(along + sign * (90 - taper));
  const left = side(1);
  const right = side(-1);
  const at = (p: Point, r: number, unit: Point): Point => ({ x: p.x + unit.x * r, y: p.y + unit.y * r });
  const a1 = at(a, r1, left);
  const b1 = at(b, r2, left);
  const b2 = at(b, r2, right);
  const a2 = at(a, r1, right);
  const bTip = at(b, r2, heading(along));
  const aTip = at(a, r1, heading(along + 180));
  const bLarge = taper < 0 ? 1 : 0;
  const aLarge = taper > 0 ? 1 : 0;
  return (
    `M${pt(a1)} L${pt(b1)} A${fmt(r2)} ${fmt(r2)} 0 ${bLarge} ${sweep(b1, bTip, b2)} ${pt(b2)} ` +
    `L${pt(a2)} A${fmt(r1)} ${fmt(r1)} 0 ${aLarge} ${sweep(a2, aTip, a1)} ${pt(a1)} Z`
  );
}

/** A smooth closed outline through the points (Catmull-Rom turned into cubic curves). */
export function smoothClosedPath(outline: readonly Point[]): string {
  const points = clockwise(outline);
  const n = points.length;
  const at = (i: number): Point => points[((i % n) + n) % n] as Point;
  let d = `M${pt(at(0))}`;
  for (let i = 0; i < n; i += 1) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${pt(c1)} ${pt(c2)} ${pt(p2)}`;
  }
  return `${d} Z`;
}

export function polygonPath(points: readonly Point[]): string {
  return `M${clockwise(points).map(pt).join(' L')} Z`;
}

/** A rectangle with rounded corners (r no more than half the shorter side). */
export function roundedRectPath(x: number, y: number, width: number, height: number, r: number): string {
  const k = Math.min(r, width / 2, height / 2);
  const arc = (to: Point): string => `A${fmt(k)} ${fmt(k)} 0 0 1 ${pt(to)}`;
  return (
    `M${pt({ x: x + k, y })} L${pt({ x: x + width - k, y })} ${arc({ x: x + width, y: y + k })} ` +
    `L${pt({ x: x + width, y: y + height - k })} ${arc({ x: x + width - k, y: y + height })} ` +
    `L${pt({ x: x + k, y: y + height })} ${arc({ x, y: y + height - k })} ` +
    `L${pt({ x, y: y + k })} ${arc({ x: x + k, y })} Z`
  );
}
