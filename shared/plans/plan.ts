import type { WrittenBy } from '../sync/written-by';

/** The gentle sounds a cue can make; 'none' keeps that cue visual only. */
export const timbres = ['bell', 'bowl', 'soft', 'wood', 'none'] as const;
export type Timbre = (typeof timbres)[number];

/** How one cue sounds. Volume is 0 to 1, relative to the room's master volume. */
export interface CueSound {
  timbre: Timbre;
  volume: number;
}

/** A body-region part of a phase (e.g. lower back, 10 minutes), with its own cue when it ends. */
export interface Segment {
  id: string;
  name: string;
  durationSec: number;
  cue?: CueSound;
}

/** A phase of a session plan. Durations are seconds; the UI edits minutes. */
export interface Phase {
  id: string;
  name: string;
  durationSec: number;
  /** The shortest this phase may shrink to when later time is rebalanced. */
  minimumSec: number;
  /** Optional phases (preparation, post-treatment) can be switched off without deleting them. */
  optional: boolean;
  enabled: boolean;
  handsOn: boolean;
  /** Screen tint while the phase runs, '#rrggbb'. */
  color?: string;
  /** The cue at the end of this phase. */
  cue?: CueSound;
  /** A quieter cue this many seconds before the phase ends; 0 or absent for none. */
  warningSec?: number;
  /** Consecutive parts whose durations add up to the phase's duration. */
  segments?: Segment[];
}

export interface Plan {
  id: string;
  name: string;
  phases: Phase[];
  /** A quieter cue this many seconds before the session ends; 0 or absent for none. */
  sessionWarningSec?: number;
  /** How warnings (phase and session) sound. */
  warningCue?: CueSound;
  /** The room that last saved the plan, and when. */
  writtenBy?: WrittenBy;
}

export const defaultCue: CueSound = { timbre: 'bell', volume: 0.8 };
export const defaultSegmentCue: CueSound = { timbre: 'soft', volume: 0.6 };
export const defaultWarningCue: CueSound = { timbre: 'soft', volume: 0.4 };
export const defaultPhaseColor = '#10161c';

export function enabledPhases(plan: Plan): Phase[] {
  return plan.phases.filter((phase) => phase.enabled);
}

export function plannedTotalSec(plan: Plan): number {
  return enabledPhases(plan).reduce((sum, phase) => sum + phase.durationSec, 0);
}
