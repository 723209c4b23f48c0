import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../electron/services/clock';
import { CueScheduler } from '../../../electron/services/cue-scheduler';
import type { Session } from '../../../shared/session/session';
import { planOf } from '../../helpers/sessions';

/**
 * Runs the scheduler on the real system clock, so it must wait for real time (three seconds of phases).
 * It checks that every cue comes and none comes early; how late they come is the bench's figure
 * (cue_lateness_*_ms), since a busy machine can delay any timer by any amount.
 */
describe('cue lateness on the real clock', () => {
  it('delivers every cue of a plan of short phases, never early', { timeout: 60_000 }, async () => {
    const plan = planOf(['A', 1, 0], ['B', 1, 0], ['C', 1, 0]);
    for (const phase of plan.phases) phase.durationSec = 1;
    const start = Date.now();
    const session: Session = {
      id: 's-lateness',
      plan,
      createdAt: start,
      events: [
        { type: 'start', at: start },
        { type: 'next', at: start + 1000 + 5 },
        { type: 'next', at: start + 2000 + 10 },
      ],
    };
    const lateness: number[] = [];
    await new Promise<void>((done) => {
      const scheduler = new CueScheduler(systemClock, {
        due(cue) {
          lateness.push(Date.now() - cue.dueAt);
          if (lateness.length === 3) {
            scheduler.stop();
            done();
          }
        },
        missed: () => {},
      });
      scheduler.track(session);
    });
    const max = Math.max(...lateness);
    process.stdout.write(`cue lateness (ms): ${lateness.join(', ')}; max ${max}\n`);
    expect(lateness.every((ms) => ms >= 0)).toBe(true);
  });
});
