// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../../shared/contract/errors';
import { defaultTemplate } from '../../../shared/handout/template';
import { defaultPlans } from '../../../shared/plans/defaults';
import type { Plan } from '../../../shared/plans/plan';
import { ClinicKeptVersions, ClinicTwoVersions, TemplateTwoVersions } from '../../../renderer/handout/SharedTwoVersions';
import { TemplatesEditor } from '../../../renderer/handout/TemplatesEditor';
import { PlanTwoVersions } from '../../../renderer/plans/PlanTwoVersions';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge, withProviders as wrapped } from '../render';

const at = new Date(2026, 10, 30, 14, 5).getTime();
const base = { ...defaultPlans[0]!, name: 'Deep work' };
const ours: Plan = { ...base, sessionWarningSec: 600, writtenBy: { room: 'Room 1', at, revision: 2 } };
const theirs: Plan = { ...base, name: 'Deep work, slower', writtenBy: { room: 'Room 2', at: at + 60_000, revision: 2 } };
const copy = `${base.id}.sync-conflict-20261130-140600-ABCDEFG`;

describe('two versions of a shared record on screen', () => {
  it('a plan shows both versions side by side by room and time, and keeps the fields chosen from each as one new revision', async () => {
    const onSettled = vi.fn();
    const fake = fakeBridge({
      'plans.versions': () => ({ current: ours, others: [{ copy, from: 'ABCDEFG', record: theirs }], earlier: [] }),
      'plans.resolve': ({ plan }) => ({ ...(plan as Plan), writtenBy: { room: 'Room 2', at, revision: 3 } }),
    });
    renderWithBridge(<PlanTwoVersions planId={base.id} onSettled={onSettled} />, fake);

    const section = await screen.findByRole('region', { name: 'The plan "Deep work" has two versions' });
    const table = within(section).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: /This version from Room 1, / })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: /The other version from Room 2, / })).toBeTruthy();
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Name', 'Warning before the end']);
    // The name from Room 2, the warning from Room 1.
    fireEvent.click(within(table).getByRole('radio', { name: 'Deep work, slower' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Keep the fields chosen' }));

    await vi.waitFor(() => expect(onSettled).toHaveBeenCalled());
    expect(fake.callsTo('plans.resolve')).toEqual([
      { planId: base.id, revision: 2, plan: expect.objectContaining({ name: 'Deep work, slower', sessionWarningSec: 600 }), copies: [copy] },
    ]);
  });

  it('the clinic header keeps the other version whole', async () => {
    const onSettled = vi.fn();
    const header = (name: string, room: string) => ({ clinic: { name }, hiddenStretchIds: [], customStretches: [], writtenBy: { room, at, revision: 4 } });
    const fake = fakeBridge({
      'handout.settings.versions': () => ({
        current: header('Stillwater', 'Room 1'),
        others: [{ copy: 'handout-settings.sync-conflict-20261130-140600-ABCDEFG', from: 'ABCDEFG', record: header('Stillwater Clinic', 'Front desk') }],
        earlier: [],
      }),
      'handout.settings.resolve': ({ settings }) => settings as ReturnType<typeof header>,
    });
    renderWithBridge(<ClinicTwoVersions onSettled={onSettled} />, fake);

    const section = await screen.findByRole('region', { name: 'The clinic header has two versions' });
    expect(within(section).getByRole('rowheader', { name: 'Clinic name' })).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: /Keep the version from Front desk, / }));

    await vi.waitFor(() => expect(onSettled).toHaveBeenCalled());
    expect(fake.callsTo('handout.settings.resolve')).toEqual([
      { revision: 4, settings: expect.objectContaining({ clinic: { name: 'Stillwater Clinic' } }), copies: ['handout-settings.sync-conflict-20261130-140600-ABCDEFG'] },
    ]);
  });

  it('a template settled meanwhile in another room says so in plain words and stays unsettled here', async () => {
    const onSettled = vi.fn();
    const template = { ...defaultTemplate, id: 't-1', name: 'After deep work', writtenBy: { room: 'Room 1', at, revision: 2 } };
    const message = 'The other version of the handout template "After deep work" is no longer there: it was probably settled in another room. Look at it again.';
    const fake = fakeBridge({
      'handout.templates.versions': () => ({
        current: template,
        others: [{ copy: 't-1.sync-conflict-20261130-140600-ABCDEFG', from: 'ABCDEFG', record: { ...template, stretchLimit: 2, writtenBy: { room: 'Room 2', at, revision: 2 } } }],
        earlier: [],
      }),
      'handout.templates.resolve': () => {
        throw new ContractError({ code: 'not-found', message });
      },
    });
    renderWithBridge(<TemplateTwoVersions id="t-1" onSettled={onSettled} />, fake);

    const section = await screen.findByRole('region', { name: 'The handout template "After deep work" has two versions' });
    fireEvent.click(within(section).getByRole('button', { name: /Keep the version from Room 1, / }));
    expect((await within(section).findByRole('alert')).textContent).toBe(message);
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('the clinic header lists the versions kept from settling, with what each held that differs from now', async () => {
    const header = (name: string, room: string, revision: number) => ({ clinic: { name }, hiddenStretchIds: [], customStretches: [], writtenBy: { room, at, revision } });
    const fake = fakeBridge({
      'handout.settings.versions': () => ({
        current: header('Stillwater Clinic', 'Room 1', 5),
        others: [],
        earlier: [header('Stillwater', 'Room 1', 4), header('Stillwater Clinic', 'Room 2', 4)],
      }),
    });
    renderWithBridge(<ClinicKeptVersions />, fake);
    fireEvent.click(await screen.findByText('Earlier versions kept (2)'));
    const kept = screen.getByRole('list', { name: 'Earlier versions' });
    expect(within(kept).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringMatching(/^Room 1, .*: Clinic name "Stillwater"$/), expect.stringMatching(/^Room 2, [^:]*\d{1,2}:\d\d[^:]*$/)]);
  });

  it('a template open in the editor lists the versions kept from settling, with what each held that differs from now', async () => {
    const saved = (name: string, room: string, revision: number) => ({ ...defaultTemplate, id: 't-1', name, writtenBy: { room, at, revision } });
    const current = saved('After deep work', 'Room 1', 5);
    const fake = fakeBridge({
      'handout.templates.versions': () => ({ current, others: [], earlier: [saved('After deep tissue', 'Room 2', 4)] }),
    });
    renderWithBridge(<TemplatesEditor templates={[defaultTemplate, current]} clinicLanguage="en" onSave={async () => null} onDelete={async () => undefined} />, fake);
    expect(screen.queryByText(/Earlier versions kept/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Edit After deep work' }));
    fireEvent.click(await screen.findByText('Earlier versions kept (1)'));
    const kept = screen.getByRole('list', { name: 'Earlier versions' });
    expect(within(kept).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringMatching(/^Room 2, .*: Name "After deep tissue"$/)]);
    expect(fake.callsTo('handout.templates.versions')).toEqual([{ id: 't-1' }]);
  });

  it('the templates list marks a template with two versions', () => {
    const template = { ...defaultTemplate, id: 't-1', name: 'After deep work' };
    renderWithBridge(
      <TemplatesEditor templates={[defaultTemplate, template]} twoVersions={['t-1']} clinicLanguage="en" onSave={async () => null} onDelete={async () => undefined} />,
      fakeBridge(),
    );
    const list = screen.getByRole('list', { name: 'Templates' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Standard aftercare (built in)', 'After deep work (two versions) Edit Delete']);
  });

  it('the template open in the editor starts again from another room’s version, unless the therapist has changed it here', () => {
    const saved = (stretchLimit: number, revision: number) => ({ ...defaultTemplate, id: 't-1', name: 'After deep work', stretchLimit, writtenBy: { room: 'Room 2', at, revision } });
    const editor = (template: ReturnType<typeof saved>) => (
      <TemplatesEditor templates={[defaultTemplate, template]} clinicLanguage="en" onSave={async () => null} onDelete={async () => undefined} />
    );
    const fake = fakeBridge();
    const view = renderWithBridge(editor(saved(4, 1)), fake);
    fireEvent.click(screen.getByRole('button', { name: 'Edit After deep work' }));
    const limit = () => (screen.getByLabelText('Stretches to suggest') as HTMLInputElement).value;
    expect(limit()).toBe('4');

    view.rerender(wrapped(editor(saved(2, 2)), fake));
    expect(limit()).toBe('2');

    fireEvent.change(screen.getByLabelText('Stretches to suggest'), { target: { value: '6' } });
    view.rerender(wrapped(editor(saved(3, 3)), fake));
    expect(limit()).toBe('6');
    const notice = screen.getByRole('status');
    expect(notice.textContent).toMatch(/^“After deep work” was just changed in another room\./);
    fireEvent.click(within(notice).getByRole('button', { name: 'Show that version instead of your changes' }));
    expect(limit()).toBe('3');
  });
});
