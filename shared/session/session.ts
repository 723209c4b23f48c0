import type { Plan } from '../plans/plan';
import type { SessionEvent } from './events';

/** A session is a frozen copy of its plan plus an append-only event log. */
export interface Session {
  id: string;
  plan: Plan;
  createdAt: number;
  events: SessionEvent[];
  /** Frozen from the room settings at start; absent means true (older sessions). */
  keepEndTime?: boolean;
}
