import { describe, expect, it } from 'vitest';
import { careBackend, someClient } from '../../helpers/backend';
import { ManualClock } from '../../helpers/manual-clock';
import { MIN, T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const APPENDS = 300;

// How fast each append is written is the bench's figure (log_write_p95_ms_*), not a test's.
describe('a long pressure log', () => {
  it(`answers each of ${APPENDS} entries in a row with the log holding it, none lost or reordered, all on disk`, async () => {
    const clock = new ManualClock(T0);
    const dataDir = tempDir();
    const { call } = careBackend(dataDir, clock);
    const client = await call('clients.create', { fields: someClient });
    const { id: sessionId } = await call('session.start', { planId: 'default-60', clientId: client.id });
    clock.advance(10 * MIN);
    await call('session.command', { sessionId, command: { type: 'jump', phaseIndex: 3 } });

    for (let i = 0; i < APPENDS; i += 1) {
      clock.advance(1000);
      const level = 1 + (i % 10);
      const answer = await call('pressure.log', { sessionId, region: 'lower-back', technique: 'friction', level, response: 'just-right' });
      expect(answer.pressure?.entries).toHaveLength(i + 1);
      expect(answer.pressure?.entries.at(-1)).toMatchObject({ level, at: clock.now() });
    }
    // Written, not only held: a back end started afresh on the folder reads them all back.
    const reopened = careBackend(dataDir, clock);
    const kept = await reopened.call('session.current', {});
    expect(kept?.pressure?.entries.map((entry) => entry.level)).toEqual(Array.from({ length: APPENDS }, (_, i) => 1 + (i % 10)));
  }, 60_000);
});
