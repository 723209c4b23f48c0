import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { someClient } from '../helpers/backend';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';
import { focusReaches } from './waits';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

/** The start panel's client search is a combobox: a therapist picks a client with the keys alone. */
describe('picking the client on the start panel by keys', () => {
  let room: SyncedRoom;
  beforeAll(async () => {
    room = await startSyncedRoom(T0);
    for (const name of ['Ana Ruiz', 'Anabel Ortiz', 'Bo Lind']) {
      const answer = await room.mode.backend.handle('clients.create', { fields: { ...someClient, name } });
      if (!answer.ok) throw new Error(answer.error.message);
    }
  });
  afterAll(async () => room?.close());

  it('Down and Up move through the suggestions, Escape closes then clears, Enter picks and Space starts', async () => {
    const { page } = room;
    const search = page.getByRole('combobox', { name: 'Client (optional)' });
    const list = page.getByRole('listbox', { name: 'Matching clients' });
    await page.getByRole('button', { name: /Start session/, disabled: false }).waitFor();
    await search.focus();
    await page.keyboard.type('ana');
    await expect.poll(() => list.getByRole('option').count()).toBe(2);
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    const names = await list.getByRole('option').allTextContents();
    expect(names.toSorted()).toEqual(['Ana Ruiz', 'Anabel Ortiz']);

    // The highlighted suggestion is the one the combobox points at; focus stays in the field.
    const highlighted = list.getByRole('option', { selected: true });
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => highlighted.textContent()).toBe(names[0]);
    expect(await search.getAttribute('aria-activedescendant')).toBe(await highlighted.getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => highlighted.textContent()).toBe(names[1]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => highlighted.textContent()).toBe(names[0]);
    await focusReaches(search);

    // Escape closes the suggestions, and a second Escape clears the search.
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    expect(await search.inputValue()).toBe('ana');
    await page.keyboard.press('Escape');
    await expect.poll(() => search.inputValue()).toBe('');

    // Space in the field is a character, never a start.
    await page.keyboard.type('ana ');
    expect(await search.inputValue()).toBe('ana ');
    expect(await page.getByRole('timer').count()).toBe(0);

    // Down opens and highlights the first; Enter picks it and says so.
    await page.keyboard.press('Backspace');
    // Down acts on the suggestions for the text as it now is: wait until they are the ones shown.
    await expect.poll(() => list.getByRole('option').allTextContents()).toEqual(names);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => highlighted.textContent()).toBe(names[0]);
    await page.keyboard.press('Enter');
    const chosen = `Client: ${names[0]}`;
    await page.getByText(chosen).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `${names[0]} is this session’s client.` }).count()).toBe(1);
    // Focus goes to the way to change it, out of any text field: Space now starts the session.
    await focusReaches(page.getByRole('button', { name: 'Change client' }));

    // Changing the client gives the search back, focused; one match is picked with Enter alone.
    await page.keyboard.press('Enter');
    await focusReaches(search);
    await page.keyboard.type('bo');
    await expect.poll(() => list.getByRole('option').allTextContents()).toEqual(['Bo Lind']);
    await page.keyboard.press('Enter');
    await page.getByText('Client: Bo Lind').waitFor();
    await focusReaches(page.getByRole('button', { name: 'Change client' }));

    await page.keyboard.press('Space');
    await page.getByRole('timer').waitFor();
    await page.getByText('Client: Bo Lind').waitFor();
  });
});
