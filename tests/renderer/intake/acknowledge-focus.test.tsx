// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Intake } from '../../../shared/screening/intake';
import type { Session } from '../../../shared/session/session';
import { ScreeningBanner } from '../../../renderer/intake/ScreeningBanner';
import { sessionWith, T0 } from '../../helpers/sessions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const intake: Intake = {
  recordedAt: T0,
  screening: [{ id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze on the calf', avoidRegions: ['calves'] }],
  confirmedUnchanged: false,
  painNow: 6,
  painRegions: ['lower-back'],
  painQuality: '',
  goals: '',
  allergies: '',
  medications: '',
};

describe('acknowledging screening flags by keyboard', () => {
  it('once acknowledged, the focus is on the decision recorded, not lost on the page', async () => {
    const flagged: Session = { ...sessionWith([{ type: 'start', at: T0 }]), intake };
    const fake = fakeBridge({
      'intake.acknowledge': ({ decision, note }) => ({ ...flagged, acknowledgement: { at: T0 + 1000, decision, note } }),
    });
    function Banner() {
      const [session, setSession] = useState<Session>(flagged);
      return <ScreeningBanner session={session} onSession={setSession} onRescreen={() => undefined} />;
    }
    renderWithBridge(<Banner />, fake);
    const acknowledge = screen.getByRole('button', { name: 'Acknowledge flags' });
    acknowledge.focus();
    fireEvent.click(acknowledge);
    const decision = await screen.findByText(/^Decision: /);
    await waitFor(() => expect(document.activeElement).toBe(decision));
  });
});
