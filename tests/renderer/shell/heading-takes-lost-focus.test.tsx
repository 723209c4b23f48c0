// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useHeadingTakesLostFocus } from '../../../renderer/shell/useHeadingTakesLostFocus';

afterEach(cleanup);

/** A screen that shows its heading only once loaded, as a lazy screen does, and a field that may hold the focus. */
function Screen({ moment }: { moment: number }) {
  const main = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState(false);
  useHeadingTakesLostFocus(main, moment);
  return (
    <main ref={main}>
      {loaded ? <h1>Clients</h1> : <p>Opening…</p>}
      <label>
        Search
        <input />
      </label>
      <button type="button" onClick={() => setLoaded(true)}>
        Load
      </button>
    </main>
  );
}

describe('after a move, the screen’s heading takes a focus that was lost', () => {
  it('once the heading is drawn, when nothing holds the focus', async () => {
    const { rerender } = render(<Screen moment={0} />);
    rerender(<Screen moment={1} />);
    expect(document.activeElement).toBe(document.body);
    await act(async () => screen.getByRole('button', { name: 'Load' }).click());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Clients' }));
  });

  it('never from a field the person has put it in, nor after they have acted', async () => {
    const { rerender } = render(<Screen moment={0} />);
    const field = screen.getByLabelText('Search');
    field.focus();
    rerender(<Screen moment={1} />);
    await act(async () => screen.getByRole('button', { name: 'Load' }).click());
    expect(document.activeElement).toBe(field);

    // The person clicks, then lets the focus go (a click on empty space): the heading arriving later does not take it.
    cleanup();
    const again = render(<Screen moment={0} />);
    again.rerender(<Screen moment={1} />);
    fireEvent.pointerDown(document.body);
    await act(async () => screen.getByRole('button', { name: 'Load' }).click());
    expect(document.activeElement).toBe(document.body);
  });
});
