// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../../renderer/forms/ConfirmDialog';

/** Every key that reached the page behind the question. */
const keysBehind: string[] = [];
const hear = (event: KeyboardEvent): void => void keysBehind.push(event.key);
beforeEach(() => window.addEventListener('keydown', hear));
afterEach(() => {
  cleanup();
  window.removeEventListener('keydown', hear);
  keysBehind.length = 0;
});

/** A button that asks the question; an answer closes it and is written down. */
function asking(focus: 'primary' | 'secondary', escapeAnswers?: boolean) {
  const answers: string[] = [];
  function Page() {
    const [open, setOpen] = useState(false);
    const answer = (what: string) => () => {
      answers.push(what);
      setOpen(false);
    };
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Delete the plan
        </button>
        {open ? (
          <ConfirmDialog
            title="Delete this plan?"
            help="It cannot be brought back."
            primary={{ label: 'Delete', onClick: answer('delete') }}
            secondary={{ label: 'Keep it', onClick: answer('keep') }}
            focus={focus}
            escapeAnswers={escapeAnswers}
          />
        ) : null}
      </>
    );
  }
  render(<Page />);
  const opener = screen.getByRole('button', { name: 'Delete the plan' });
  opener.focus();
  fireEvent.click(opener);
  return { answers, opener };
}

describe('a question asked before going on', () => {
  it('is an alert dialog named by its title and described by its help', () => {
    asking('secondary', true);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this plan?', description: 'It cannot be brought back.' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
  });

  it('puts the focus on the button it is told to, either one', () => {
    asking('secondary', true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' }));
    cleanup();
    asking('primary');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
  });

  it('answers Escape with the focused button, keeps its keys from the page behind, and gives the focus back', () => {
    const { answers, opener } = asking('secondary', true);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep it' }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep it' }), { key: 'Escape' });
    expect(answers).toEqual(['keep']);
    expect(keysBehind).toEqual([]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('left to answer by the keys of the page behind, it lets Escape through and answers nothing itself', () => {
    const { answers } = asking('primary');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Delete' }), { key: 'Escape' });
    expect(answers).toEqual([]);
    expect(keysBehind).toEqual(['Escape']);
    expect(screen.getByRole('alertdialog', { name: 'Delete this plan?' })).toBeTruthy();
  });

  it('answers with whichever button is pressed', () => {
    const { answers } = asking('secondary', true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(answers).toEqual(['delete']);
  });
});
