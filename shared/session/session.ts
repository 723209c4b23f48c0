import type { GivenHandout } from '../handout/given';
import type { Plan } from '../plans/plan';
import type { PressureLog } from '../pressure/log';
import type { SessionRecord } from '../record/record';
import type { Intake, ScreeningAcknowledgement } from '../screening/intake';
import type { SessionEvent } from './events';

/** A session is a frozen copy of its plan plus an append-only event log. */
export interface Session {
  id: string;
  plan: Plan;
  createdAt: number;
  events: SessionEvent[];
  /** Everything below belongs to the same file: one session, one file. */
  clientId?: string;
  intake?: Intake;
  acknowledgement?: ScreeningAcknowledgement;
  pressure?: PressureLog;
  record?: SessionRecord;
  /** Frozen from the room settings at start; absent means true (older sessions). */
  keepEndTime?: boolean;
  /** Aftercare handouts given, each a full copy so it reprints exactly. */
  handouts?: GivenHandout[];
  /** Bumped on every write; absent in files written before it existed (read as 0). */
  revision?: number;
}
