// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { historyEntryOf } from '../../../shared/record/history';
import type { Session } from '../../../shared/session/session';
import { ClientHistory } from '../../../renderer/history/ClientHistory';
import { storedClient } from '../../helpers/care';
import { sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const DAY = 24 * 60 * 60_000;

/** A finished visit of Ana's, with her pain before (from the intake) and after (from the record) where they were asked. */
function visit(n: number, painBefore: number | null, painAfter: number | null): Session {
  const at = T0 + n * DAY;
  const session = { ...sessionWith([{ type: 'start', at }, { type: 'finish', at: at + 60 * 60_000 }]), id: `s-${n}`, createdAt: at, clientId: 'c-1' };
  const intake = painBefore === null ? {} : { intake: { painNow: painBefore } };
  const record = painAfter === null ? {} : { record: { painAfter, soap: { subjective: '', objective: '', assessment: '', plan: '' }, savedAt: at, signature: null, amendments: [] } };
  return { ...session, ...intake, ...record } as Session;
}

async function historyOf(sessions: Session[]) {
  const fake = fakeBridge({
    'settings.get': () => defaultRoomSettings,
    'session.current': () => null,
    'clients.history': () => ({ client: storedClient(), sessions: sessions.map(historyEntryOf) }),
  });
  renderWithBridge(<ClientHistory clientId="c-1" />, fake);
  return within(await screen.findByRole('list', { name: 'Sessions' })).findAllByRole('listitem');
}

describe("a client's history says each visit's pain in words", () => {
  it('gives both scores out of ten, names a side nobody asked, and says a visit without scores has none', async () => {
    const rows = await historyOf([visit(1, 6, 3), visit(2, 5, null), visit(3, null, null)]);
    expect(rows[0]?.textContent).toContain('pain 6/10 before, 3/10 after');
    expect(rows[1]?.textContent).toContain('pain 5/10 before, not recorded after');
    expect(rows[2]?.textContent).toContain('pain not recorded');
    for (const row of rows) expect(row.textContent).not.toMatch(/–|→/);
  });

  it("reads the pain chart's visits out the same way", async () => {
    await historyOf([visit(1, 6, 3), visit(2, null, null)]);
    const chart = screen.getByRole('img', { name: /Pain before and after each visit/ });
    expect(chart.getAttribute('aria-label')).toMatch(/pain 6\/10 before, 3\/10 after; .*: pain not recorded$/);
  });
});
