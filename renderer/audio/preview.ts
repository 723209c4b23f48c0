import { enabledPhases, type Plan } from '../../shared/plans/plan';
import { cuesBetween, type Cue } from '../../shared/session/cues';
import type { Session } from '../../shared/session/session';

export const PREVIEW_MS = 30_000;

export interface PreviewStep {
  /** Offset into the preview, in milliseconds. */
  atMs: number;
  cue: Cue;
}

/**
 * A plan's whole cue sequence, as a session run exactly to plan would give it,
 * squeezed into about 30 seconds (never closer than 1.2 s apart, so each chime is heard).
 */
export function previewSteps(plan: Plan, durationMs = PREVIEW_MS): PreviewStep[] {
  const phases = enabledPhases(plan);
  let at = 0;
  const events: Session['events'] = [{ type: 'start', at: 0 }];
  // Each phase moves on on the instant it ends, so no time shifts between phases.
  phases.slice(0, -1).forEach((phase) => {
    at += phase.durationSec * 1000;
    events.push({ type: 'next', at });
  });
  const totalMs = phases.reduce((sum, phase) => sum + phase.durationSec * 1000, 0);
  const session: Session = { id: 'preview', plan, createdAt: 0, events };
  const cues = cuesBetween(session, 0, totalMs);
  const steps: PreviewStep[] = [];
  for (const cue of cues) {
    const scaled = Math.round((cue.dueAt / Math.max(1, totalMs)) * durationMs);
    const previous = steps.at(-1);
    steps.push({ atMs: previous ? Math.max(scaled, previous.atMs + 1200) : scaled, cue });
  }
  return steps;
}
