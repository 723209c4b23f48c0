import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncedRoom, type SyncedRoom } from './synced-clock';

const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);

/** Two clients called Ana Ruiz: asked about before the second is saved, and told apart wherever a client is chosen. */
describe('two clients of the same name', () => {
  let room: SyncedRoom;
  beforeAll(async () => {
    room = await startSyncedRoom(T0);
  });
  afterAll(async () => room?.close());

  async function answer<T>(reply: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>): Promise<T> {
    const settled = await reply;
    if (!settled.ok) throw new Error(settled.error.message);
    return settled.value as T;
  }

  it('the second Ana Ruiz is saved once the therapist says so, and the room starts the session for the one picked', async () => {
    const { page, mode } = room;
    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();

    // The first Ana Ruiz, with her date of birth.
    await page.getByRole('button', { name: 'New client' }).click();
    let form = page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill('Ana Ruiz');
    await form.getByLabel('Date of birth (optional)').fill('1980-05-03');
    await form.getByRole('button', { name: 'Create client' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ana Ruiz' }).waitFor();
    // The clock here stands still unless moved: a day later, so the two are added at different times, as in a clinic.
    await room.advance(24 * 60 * 60_000);

    // A second, typed another way: asked first, naming the first and what tells her apart; nothing saved yet.
    await page.getByRole('button', { name: 'New client' }).click();
    form = page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill('ana  ruiz');
    await form.getByLabel('Contact (optional)').fill('555 0101');
    await form.getByRole('button', { name: 'Create client' }).click();
    const warning = form.getByRole('alert');
    await expect.poll(() => warning.textContent()).toMatch(/^There is already a client called Ana Ruiz \(born .*1980.*\)\. Save anyway as a second client\?$/);
    await form.getByRole('button', { name: /^Open Ana Ruiz \(born .*1980.*\)$/ }).waitFor();
    expect((await answer<{ total: number }>(mode.backend.handle('clients.search', { query: '' }))).total).toBe(1);

    await form.getByRole('button', { name: 'Save as a second client' }).click();
    await page.getByRole('status').filter({ hasText: 'Client created.' }).waitFor();
    const listed = page.getByRole('list', { name: 'Clients found' }).getByRole('button');
    await expect.poll(async () => (await listed.allTextContents()).toSorted()).toEqual([expect.stringMatching(/^Ana Ruiz \(born .*1980.*\)$/), 'ana  ruiz (555 0101)']);

    // A third time: the way back to an existing client instead, after saying the typing may go.
    await page.getByRole('button', { name: 'New client' }).click();
    form = page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill('Ana Ruiz');
    await form.getByRole('button', { name: 'Create client' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^There are already 2 clients called Ana Ruiz: born .*1980.*; 555 0101\. Save anyway as another client\?$/);
    await form.getByRole('button', { name: 'Open ana  ruiz (555 0101)' }).click();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { level: 2, name: 'ana  ruiz' }).waitFor();
    await page.getByRole('form', { name: 'Edit ana  ruiz' }).waitFor();

    // In the room: the suggestions say which is which, and the one picked is the session's client.
    await page.getByRole('button', { name: 'Room' }).click();
    const search = page.getByRole('combobox', { name: 'Client (optional)' });
    await search.fill('ana');
    const options = page.getByRole('listbox', { name: 'Matching clients' }).getByRole('option');
    await expect.poll(() => options.count()).toBe(2);
    await page.getByRole('option', { name: /^Ana Ruiz \(born .*1980.*\)$/ }).waitFor();
    await page.getByRole('option', { name: 'ana  ruiz (555 0101)', exact: true }).click();
    await page.getByText('Client: ana ruiz (555 0101)').waitFor();
    await page.getByRole('button', { name: /Start session/, disabled: false }).click();
    await page.getByRole('timer').first().waitFor();

    const { clients } = await answer<{ clients: { id: string; contact?: string }[] }>(mode.backend.handle('clients.search', { query: 'ana' }));
    const sessionsOf = async (contact: string) => {
      const chosen = clients.find((each) => each.contact === contact);
      if (!chosen) throw new Error(`No client with the contact "${contact}"`);
      return (await answer<{ sessions: unknown[] }>(mode.backend.handle('clients.history', { clientId: chosen.id }))).sessions.length;
    };
    await expect.poll(() => sessionsOf('555 0101')).toBe(1);
    expect(await sessionsOf('')).toBe(0);
  });
});
