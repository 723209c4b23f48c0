import type { GivenHandout } from '../handout/given';
import type { Plan } from '../plans/plan';
import type { SessionEvent } from './events';

/** A session is a frozen copy of its plan plus an append-only event log. */
export interface Session {
  id: string;
  plan: Plan;
  createdAt: number;
  events: SessionEvent[];
  /** Aftercare handouts given, each a full copy so it reprints exactly. */
  handouts?: GivenHandout[];
}
