// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { composeHandout } from '../../../shared/handout/compose';
import { defaultTemplate } from '../../../shared/handout/template';
import type { ScreeningId } from '../../../shared/screening/catalogue';
import { HandoutEditor } from '../../../renderer/handout/HandoutEditor';
import { draftFrom } from '../../../renderer/handout/draft';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

function editorFor(cautions: ScreeningId[]) {
  const document = composeHandout(
    { language: 'en', date: '2026-11-30', clinic: {}, areasWorked: [{ region: 'lower-back', techniques: ['effleurage'], pressure: 5, response: 'just-right' }], cautions, deepWork: false },
    defaultTemplate,
  );
  renderWithBridge(
    <HandoutEditor draft={draftFrom(document)} onDraft={() => undefined} untranslated={[]} clinicLanguage="en" library={[]} cautions={cautions} onBack={() => undefined} onGiven={() => undefined} onError={() => undefined} />,
    fakeBridge(),
  );
}

describe('stretches for a client whose intake flagged a condition', () => {
  it('the therapist is reminded, beside the stretches, to check each one suits the client, naming the conditions', () => {
    editorFor(['pregnancy', 'recent-surgery']);
    const stretches = screen.getByRole('group', { name: 'Stretches' });
    expect(stretches.querySelector('[role="note"]')?.textContent).toBe(
      'The intake noted: Surgery in the recent past; Pregnancy. Check that each stretch below suits this client before printing.',
    );
  });

  it('says nothing when the intake flagged nothing', () => {
    editorFor([]);
    expect(screen.getByRole('group', { name: 'Stretches' }).querySelector('[role="note"]')).toBeNull();
  });
});
