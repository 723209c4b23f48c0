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
}

export interface Plan {
  id: string;
  name: string;
  phases: Phase[];
}

export function enabledPhases(plan: Plan): Phase[] {
  return plan.phases.filter((phase) => phase.enabled);
}

export function plannedTotalSec(plan: Plan): number {
  return enabledPhases(plan).reduce((sum, phase) => sum + phase.durationSec, 0);
}
