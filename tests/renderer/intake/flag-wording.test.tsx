// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/session/session';
import { defaultRoomSettings } from '../../../shared/settings/room-settings';
import { IntakeForm } from '../../../renderer/intake/IntakeForm';
import { ScreeningBanner } from '../../../renderer/intake/ScreeningBanner';
import { intakeWith } from '../../helpers/care';
import { sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

describe('screening flags as the room reads them', () => {
  it('shows each flag as one plain line that says "avoid" once', () => {
    const session: Session = {
      ...sessionWith([{ type: 'start', at: T0 }]),
      intake: intakeWith([
        { id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze', avoidRegions: ['abdomen', 'calves'] },
        { id: 'other', level: 'modify', note: '', avoidRegions: [] },
        { id: 'blood-clots', level: 'consult', note: '', avoidRegions: [] },
      ]),
    };
    renderWithBridge(<ScreeningBanner session={session} onSession={() => undefined} onRescreen={() => undefined} />, fakeBridge({}));
    const banner = screen.getByRole('region', { name: /screening flags/i });
    const flags = within(banner)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(flags).toEqual([
      'History of blood clots or a clotting disorder — consult a doctor first',
      'Open wound or skin infection (graze) — avoid the calves and abdomen',
      'Another condition the therapist should know about — avoid the affected area',
    ]);
  });

  it('offers the knees among the areas to avoid, between the thighs and the feet', () => {
    const fake = fakeBridge({ 'settings.get': () => defaultRoomSettings, 'session.current': () => null });
    renderWithBridge(<IntakeForm session={sessionWith([{ type: 'start', at: T0 }])} lastIntake={undefined} onSaved={() => undefined} onClose={() => undefined} />, fake);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open wound or skin infection' }));
    const areas = within(screen.getByRole('group', { name: 'Areas to avoid' })).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent);
    expect(areas.slice(areas.indexOf('Thighs'), areas.indexOf('Feet') + 1)).toEqual(['Thighs', 'Knees', 'Feet']);
  });
});
