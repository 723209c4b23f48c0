import { describe, expect, it } from 'vitest';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import { isNewerSession } from '../../../shared/session/revision';
import type { Session } from '../../../shared/session/session';

const session = (id: string, createdAt: number, revision?: number): Session => ({
  id,
  plan: defaultPlan60,
  createdAt,
  events: [{ type: 'start', at: createdAt }],
  ...(revision === undefined ? {} : { revision }),
});

describe('ordering copies of the current session', () => {
  it('a higher revision of the same session replaces the one held; a late older one does not', () => {
    expect(isNewerSession(session('s-1', 0, 3), session('s-1', 0, 2))).toBe(true);
    expect(isNewerSession(session('s-1', 0, 2), session('s-1', 0, 3))).toBe(false);
    expect(isNewerSession(session('s-1', 0, 3), session('s-1', 0, 3))).toBe(false);
  });

  it('a session written before revisions existed counts as revision 0', () => {
    expect(isNewerSession(session('s-1', 0, 1), session('s-1', 0))).toBe(true);
    expect(isNewerSession(session('s-1', 0), session('s-1', 0, 1))).toBe(false);
  });

  it('a session started later replaces an earlier one, never the other way round', () => {
    expect(isNewerSession(session('s-2', 100, 1), session('s-1', 0, 9))).toBe(true);
    expect(isNewerSession(session('s-1', 0, 9), session('s-2', 100, 1))).toBe(false);
    expect(isNewerSession(session('s-1', 0, 1), null)).toBe(true);
  });

  it('of two different sessions started in the same millisecond, the one arriving last is held', () => {
    expect(isNewerSession(session('s-2', 100, 1), session('s-1', 100, 4))).toBe(true);
  });
});
