// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { handoutInvoke } from '../../../shared/contract/handout-channels';
import { parseOrThrow } from '../../../shared/contract/validate';
import type { HandoutTemplate } from '../../../shared/handout/template';
import { TemplatesEditor } from '../../../renderer/handout/TemplatesEditor';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

type Draft = Omit<HandoutTemplate, 'id'> & { id?: string };

/** The editor with a save that checks the template as the back end does: null once saved, or the refusal. */
function openEditor() {
  const saved: Draft[] = [];
  const onSave = async (template: Draft): Promise<unknown> => {
    try {
      saved.push(parseOrThrow(handoutInvoke['handout.templates.save'].request, template));
      return null;
    } catch (refusal) {
      return refusal;
    }
  };
  renderWithBridge(<TemplatesEditor templates={[]} clinicLanguage="en" onSave={onSave} onDelete={async () => undefined} />, fakeBridge({}));
  return saved;
}

const type = (label: string | RegExp, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};
const save = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Save as a new template' }));
};
/** The message a field points to with aria-describedby. */
const messageOf = (field: HTMLElement): string | null | undefined => document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent;
const shown = (text: string): number => (document.body.textContent ?? '').split(text).length - 1;

describe('a template that could not be saved', () => {
  it('says each problem beside its field, lists the fields, and never counts "more things" in one line', async () => {
    const saved = openEditor();
    type('Stretches to suggest', '15');
    save();
    const summary = await screen.findByRole('navigation', { name: '2 things need changing' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Template name', 'Stretches to suggest']);
    expect(messageOf(screen.getByLabelText('Template name'))).toBe('A template name cannot be empty.');
    expect(messageOf(screen.getByLabelText('Stretches to suggest'))).toBe('The number of stretches can be at most 12.');
    expect(screen.getByLabelText('Template name').getAttribute('aria-invalid')).toBe('true');
    expect(shown('A template name cannot be empty.')).toBe(1);
    expect(document.body.textContent).not.toMatch(/more things? needs? changing/);
    expect(saved).toEqual([]);
  });

  it('one problem: the field takes the focus, and the typed form stays as it was', async () => {
    openEditor();
    type('Template name', 'Desk workers');
    type('Opening lines, one per line', 'Drink water today.');
    type('Stretches to suggest', '20');
    save();
    const stretches = screen.getByLabelText('Stretches to suggest');
    await waitFor(() => expect(document.activeElement).toBe(stretches));
    expect(messageOf(stretches)).toBe('The number of stretches can be at most 12.');
    expect((screen.getByLabelText('Template name') as HTMLInputElement).value).toBe('Desk workers');
    expect((screen.getByLabelText('Opening lines, one per line') as HTMLTextAreaElement).value).toBe('Drink water today.');
  });

  it('a line too long in another language is said beside the opening lines, naming that language', async () => {
    openEditor();
    type('Template name', 'Desk workers');
    fireEvent.change(screen.getByLabelText("Language of the template's lines"), { target: { value: 'fr' } });
    const inFrench = /^Opening lines, one per line \(French\)/;
    type(inFrench, 'x'.repeat(501));
    save();
    const lines = screen.getByLabelText(inFrench);
    await waitFor(() => expect(messageOf(lines)).toBe('French: An opening line is at most 500 characters.'));
  });

  it('once put right, it saves, the messages go and the form is ready for a new template', async () => {
    const saved = openEditor();
    type('Stretches to suggest', '15');
    save();
    await screen.findByRole('navigation', { name: '2 things need changing' });
    type('Template name', 'Desk workers');
    type('Stretches to suggest', '3');
    save();
    // The save is recorded before the form hears back: wait for the form the therapist sees to start afresh.
    await waitFor(() => expect((screen.getByLabelText('Template name') as HTMLInputElement).value).toBe(''));
    expect(saved.map((each) => [each.name, each.stretchLimit])).toEqual([['Desk workers', 3]]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Template name').getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelectorAll('.field-error')).toHaveLength(0);
  });
});
