import type { Clock } from '../../electron/services/clock';

/** A clock tests move by hand; timers fire in order as time passes them. */
export class ManualClock implements Clock {
  private timers: { at: number; fire: () => void; id: number }[] = [];
  private nextId = 0;

  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  setTimer(at: number, fire: () => void): () => void {
    const id = this.nextId++;
    this.timers.push({ at, fire, id });
    return () => {
      this.timers = this.timers.filter((timer) => timer.id !== id);
    };
  }

  /** Moves time forward, firing each due timer at its own instant. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer.id !== due.id);
      this.current = Math.max(this.current, due.at);
      due.fire();
    }
    this.current = target;
  }

  /** Jumps without firing anything, as a sleeping laptop does; timers fire on the next advance. */
  sleep(ms: number): void {
    this.current += ms;
  }

  set(at: number): void {
    this.current = at;
  }

  pendingTimers(): number[] {
    return this.timers.map((timer) => timer.at).sort((a, b) => a - b);
  }
}
