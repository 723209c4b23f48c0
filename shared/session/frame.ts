import type { SessionState } from './derive';

const seconds = (ms: number): number => Math.round(ms / 1000);

/**
 * Everything the room shows around its ticking figures (phase, segment and
 * session time left), as one string to compare: while a phase runs on time
 * it stays the same from second to second, so only the figures are drawn
 * again. It moves with events, at phase and segment changes, at the last
 * minute and the end of a phase, and, while the end cannot be kept, with the
 * end time, the overrun and what later phases give.
 */
export function roomFrameKey(state: SessionState): string {
  return JSON.stringify([
    state.status,
    state.phaseIndex,
    state.segmentIndex,
    state.phaseLeftMs < 0,
    state.phaseLeftMs < 60_000,
    Math.floor(state.endsAt / 60_000),
    state.targetEndAt,
    seconds(state.overrunMs),
    state.phases.map((view) => [view.progress, seconds(view.lengthMs), seconds(view.gaveMs)]),
  ]);
}
