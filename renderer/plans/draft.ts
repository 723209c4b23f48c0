import { phaseTints } from '../../shared/plans/defaults';
import { defaultCue, defaultPhaseColor, defaultSegmentCue, type Phase, type Plan, type Segment } from '../../shared/plans/plan';

/** Fresh ids for things the therapist adds; the back end checks their shape. */
export const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export const toMinutes = (seconds: number | undefined): number => Math.round(((seconds ?? 0) / 60) * 100) / 100;

/** Minutes typed by the therapist; an empty or unreadable field counts as zero so validation names it. */
export const toSeconds = (minutes: string): number => {
  const value = Number(minutes);
  return Number.isFinite(value) ? Math.round(value * 60) : 0;
};

/**
 * A colour for an added phase that tells it from its neighbours: the first of the
 * app's phase tints the plan does not use yet, else the one after the last phase's.
 * Never the plain default, which is the room's own background.
 */
export function nextPhaseColor(existing: Phase[]): string {
  const tints = phaseTints.filter((tint) => tint !== defaultPhaseColor);
  const used = new Set(existing.map((phase) => phase.color?.toLowerCase()));
  const unused = tints.find((tint) => !used.has(tint));
  if (unused) return unused;
  const last = tints.indexOf(existing.at(-1)?.color?.toLowerCase() ?? '');
  return tints[(last + 1) % tints.length] ?? defaultPhaseColor;
}

export function newPhase(existing: Phase[]): Phase {
  let n = existing.length + 1;
  while (existing.some((phase) => phase.name === `Phase ${n}`)) n += 1;
  return {
    id: newId('phase'),
    name: `Phase ${n}`,
    durationSec: 300,
    minimumSec: 120,
    optional: false,
    enabled: true,
    handsOn: true,
    color: nextPhaseColor(existing),
    cue: { ...defaultCue },
    warningSec: 0,
  };
}

export function newSegment(phase: Phase): Segment {
  const count = (phase.segments?.length ?? 0) + 1;
  return { id: newId('seg'), name: `Region ${count}`, durationSec: 300, cue: { ...defaultSegmentCue } };
}

/** A split phase lasts exactly as long as its segments. */
export function withSegments(phase: Phase, segments: Segment[]): Phase {
  if (segments.length === 0) {
    const { segments: _dropped, ...rest } = phase;
    return rest;
  }
  const durationSec = segments.reduce((sum, segment) => sum + segment.durationSec, 0);
  return { ...phase, segments, durationSec, minimumSec: Math.min(phase.minimumSec, durationSec) };
}

export function newPlan(): Plan {
  return {
    id: newId('plan'),
    name: 'New plan',
    phases: [newPhase([])],
    sessionWarningSec: 300,
    warningCue: { timbre: 'soft', volume: 0.4 },
  };
}

export function move<T>(items: T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}
