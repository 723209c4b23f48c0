import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Marks a data folder's first-run welcome as seen, as Skip would, so a test meets the screen it is about. */
export function skipWelcome(dataDir: string): void {
  const record = { welcomeSeen: true, defaultPlanId: null, cueSound: 'mixed' };
  writeFileSync(path.join(dataDir, 'app-settings.json'), JSON.stringify({ schemaVersion: 1, record }));
}
