import type { Locator, Page } from 'playwright-core';

// Locator waits rather than expect.poll, so these steps also work in beforeAll.

/** Waits until `target` has the keyboard focus, as the focus ring shows a person. */
export async function focusReaches(target: Locator): Promise<void> {
  await target.and(target.page().locator(':focus')).waitFor();
}

/**
 * Starts the session on the start panel with Space, once the panel can start one: its Start button is
 * enabled only after the plans have arrived, and Space before that starts nothing.
 */
export async function startWithSpace(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Start session/, disabled: false }).waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('timer').waitFor();
}

/** F, then Enter once the question is on screen with its Finish button focused; waits for the finished session. */
export async function finishWithKeys(page: Page): Promise<void> {
  await page.keyboard.press('f');
  const question = page.getByRole('alertdialog', { name: 'Finish the session?' });
  await focusReaches(question.getByRole('button', { name: 'Finish session' }));
  await page.keyboard.press('Enter');
  await page.getByText(/Session finished at/).waitFor();
}
