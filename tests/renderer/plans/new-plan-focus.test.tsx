// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import { PlansView } from '../../../renderer/plans/PlansView';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const nameField = (): HTMLInputElement => screen.getByLabelText('Plan name');

describe('New plan, by keyboard', { timeout: 30_000 }, () => {
  it('puts the focus in the new plan’s name, ready to type; opening a stored plan leaves the focus where it was', async () => {
    const fake = fakeBridge({
      'plans.list': () => [defaultPlan60],
      'plans.versions': () => ({ current: defaultPlan60, others: [], earlier: [] }),
      'sync.twoVersions': () => ({ plans: [], templates: [], clinic: false }),
    });
    renderWithBridge(<PlansView />, fake);
    await waitFor(() => expect(nameField().value).toBe(defaultPlan60.name));
    expect(document.activeElement).not.toBe(nameField());
    fireEvent.click(screen.getByRole('button', { name: 'New plan' }));
    await waitFor(() => expect(nameField().value).not.toBe(defaultPlan60.name));
    await waitFor(() => expect(document.activeElement).toBe(nameField()));
  });
});
