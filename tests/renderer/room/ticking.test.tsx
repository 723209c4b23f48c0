// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Ticking } from '../../../renderer/room/Ticking';

afterEach(cleanup);

describe('a ticking figure', () => {
  it('reads as its text, and draws each digit by moving its column, so a new second needs no layout', () => {
    const { container, rerender } = render(<Ticking text="4:57" />);
    expect(screen.getByRole('img', { name: '4:57' })).toBeTruthy();
    const digits = () => [...container.querySelectorAll<HTMLElement>('.ticking__digit > span')].map((column) => column.style.getPropertyValue('--digit'));
    expect(digits()).toEqual(['4', '5', '7']);
    const columns = [...container.querySelectorAll('.ticking__digit > span')];
    rerender(<Ticking text="4:56" />);
    expect(screen.getByRole('img', { name: '4:56' })).toBeTruthy();
    expect(digits()).toEqual(['4', '5', '6']);
    // The same columns, moved: nothing was built again.
    expect([...container.querySelectorAll('.ticking__digit > span')]).toEqual(columns);
    expect(container.textContent).toBe('4:56');
  });
});
