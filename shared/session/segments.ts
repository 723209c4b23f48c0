import type { Phase, Segment } from '../plans/plan';

export interface SegmentSpan {
  segment: Segment;
  /** Offsets from the start of the phase. */
  startMs: number;
  endMs: number;
}

/**
 * Where a phase's segments fall within its current length. A phase that was
 * shortened to keep the end time shortens every segment alike; minutes added
 * while it runs go to its last segment, so a segment already done never returns.
 */
export function segmentSpans(phase: Phase, lengthMs: number, allottedMs: number | null): SegmentSpan[] {
  const segments = phase.segments ?? [];
  if (segments.length === 0) return [];
  const plannedMs = phase.durationSec * 1000;
  const scale = plannedMs > 0 ? Math.min(1, (allottedMs ?? lengthMs) / plannedMs) : 1;
  let cumulative = 0;
  return segments.map((segment, index) => {
    const startMs = Math.min(lengthMs, Math.round(cumulative * scale));
    cumulative += segment.durationSec * 1000;
    const endMs = index === segments.length - 1 ? lengthMs : Math.min(lengthMs, Math.round(cumulative * scale));
    return { segment, startMs, endMs };
  });
}

/** The segment running at `elapsedMs` into the phase; past the end, the last one. */
export function segmentIndexAt(spans: SegmentSpan[], elapsedMs: number): number {
  if (spans.length === 0) return -1;
  const index = spans.findIndex((span) => elapsedMs < span.endMs);
  return index === -1 ? spans.length - 1 : index;
}
