import { cuesBetween, nextCueAfter, type Cue } from '../../shared/session/cues';
import type { Session } from '../../shared/session/session';
import type { Clock } from './clock';

/** A cue this late was missed (the computer slept); it is reported, not chimed. */
export const MISSED_AFTER_MS = 30_000;

export interface CueSink {
  due(cue: Cue): void;
  missed(count: number, latest: Cue): void;
}

/**
 * Sleeps until the exact instant of the next cue, then hands it on. It never
 * counts ticks: on every wake it asks the pure engine which cues fell due
 * since it last looked, so a late or early timer cannot skip or repeat one.
 */
export class CueScheduler {
  private checkedUpTo: number;
  private cancelTimer: (() => void) | null = null;
  private session: Session | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly sink: CueSink,
  ) {
    this.checkedUpTo = clock.now();
  }

  /** Call after every session change, on system resume and on unlock. */
  track(session: Session | null): void {
    this.deliverDue();
    this.session = session;
    this.arm();
  }

  rearm(): void {
    this.deliverDue();
    this.arm();
  }

  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.session = null;
  }

  nextDue(): Cue | null {
    return this.session ? nextCueAfter(this.session, this.checkedUpTo) : null;
  }

  private arm(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    const next = this.nextDue();
    if (next) this.cancelTimer = this.clock.setTimer(next.dueAt, () => this.rearm());
  }

  private deliverDue(): void {
    const now = this.clock.now();
    const from = this.checkedUpTo;
    this.checkedUpTo = Math.max(from, now);
    if (!this.session || now <= from) return;
    const due = cuesBetween(this.session, from, now);
    const onTime = due.filter((cue) => now - cue.dueAt < MISSED_AFTER_MS);
    const missed = due.filter((cue) => now - cue.dueAt >= MISSED_AFTER_MS);
    const latestMissed = missed.at(-1);
    if (latestMissed) this.sink.missed(missed.length, latestMissed);
    const latest = onTime.at(-1);
    if (latest) this.sink.due(latest);
  }
}
