import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** From any screen: picks the client on the start panel by typing, starts the session, and waits for the room to name them. */
export async function startSessionFor(page: Page, clientName: string, search: string): Promise<void> {
  await page.getByRole('button', { name: 'Room' }).click();
  await page.getByLabel('Client (optional)').fill(search);
  await page.getByRole('option', { name: clientName }).click();
  await page.getByRole('button', { name: /Start session/ }).click();
  await expect.poll(() => page.getByText(`Client: ${clientName}`).isVisible()).toBe(true);
}
