import { z } from 'zod';
import { dateAndTime } from '../../shared/i18n/clock';
import { appSettingsSchema } from '../../shared/contract/app-channels';
import { clientSchema } from '../../shared/contract/care-schemas';
import { handoutSettingsSchema, handoutTemplateSchema } from '../../shared/contract/handout-schemas';
import { planSchema, sessionSchema } from '../../shared/contract/schemas';
import { roomSettingsSchema } from '../../shared/contract/settings-channels';
import { encryptionSettingSchema } from './encryption-setting-schema';
import { logoRecordSchema } from './logo-store';
import { ORDER_HISTORY, orderSchema } from './plans';
import { recoveryFileSchema } from './recovery-key';
import { roomSelectionSchema } from './room-selection';
import { pointerSchema } from './sessions';
import { historyFolders } from './versioned-kinds';

/** What a record file holds, and how to name one to a person ("the client file for 'Ana'"). */
export interface RecordKind {
  schema: z.ZodType;
  describe(record: unknown): string;
}

function field(record: unknown, key: string): unknown {
  return record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
}

function named(noun: string, fallback: string) {
  return (record: unknown): string => {
    const name = field(record, 'name');
    return typeof name === 'string' && name.trim() !== '' ? `The ${noun} '${name.trim()}'` : fallback;
  };
}

function sessionName(record: unknown): string {
  const createdAt = field(record, 'createdAt');
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || createdAt < 0) return 'A session record';
  return `The session record of ${dateAndTime(createdAt)}`;
}

const single = (schema: z.ZodType, description: string): RecordKind => ({ schema, describe: () => description });

/**
 * Every folder of the data folder and the record each file in it holds. A folder not listed here is not Stillpoint's.
 * The store's own per-room files are not records and never travel in a backup, export or import: live journals
 * (journal/*.jsonl, folded into their record before any backup or export) and caches rebuilt from the records
 * (.cache/: start-up check index, client summaries, layout marker).
 */
export const folderKinds: Readonly<Record<string, RecordKind>> = {
  clients: { schema: clientSchema, describe: named('client file for', 'A client file') },
  sessions: { schema: sessionSchema, describe: sessionName },
  plans: { schema: planSchema, describe: named('plan', 'A plan') },
  'plans-deleted': { schema: planSchema, describe: named('deleted plan', 'A deleted plan') },
  // Both versions of a record two rooms changed at once, kept when a person settles which one stands.
  [historyFolders.client]: { schema: clientSchema, describe: named('earlier version of the client file for', 'An earlier version of a client file') },
  [historyFolders.plan]: { schema: planSchema, describe: named('earlier version of the plan', 'An earlier version of a plan') },
  [historyFolders.template]: { schema: handoutTemplateSchema, describe: named('earlier version of the handout template', 'An earlier version of a handout template') },
  [historyFolders.clinic]: single(handoutSettingsSchema, 'An earlier version of the clinic and handout settings'),
  'session-versions': { schema: sessionSchema, describe: (record) => `An earlier copy of ${sessionName(record).replace(/^(The|A) /, (article) => article.toLowerCase())}` },
  'handout-templates': { schema: handoutTemplateSchema, describe: named('handout template', 'A handout template') },
  logos: single(logoRecordSchema, 'A clinic logo kept for reprinting handouts'),
  [ORDER_HISTORY]: single(orderSchema, 'An order of the plans set aside when two rooms had reordered them'),
};

/**
 * The top-level records each room keeps to itself: never shared through a clinic's sync engine (.stignore), since
 * two rooms writing them would only meet as conflict copies.
 */
export const perRoomRecords: readonly string[] = ['current-session', 'room-settings', 'room-selection', 'app-settings'];

/** The single records at the top of the data folder. */
export const rootKinds: Readonly<Record<string, RecordKind>> = {
  'current-session': single(pointerSchema, 'The note of which session is running'),
  'plan-order': single(orderSchema, 'The order of the plans'),
  'room-settings': single(roomSettingsSchema, 'The room settings'),
  'room-selection': single(roomSelectionSchema, 'The region and technique chosen in the room'),
  'app-settings': single(appSettingsSchema, 'The app settings'),
  'handout-settings': single(handoutSettingsSchema, 'The clinic and handout settings'),
  encryption: single(encryptionSettingSchema, 'The encryption setting'),
  'recovery-key': single(recoveryFileSchema, 'The recovery passphrase file'),
};

/** A record named for a person ("The plan 'Deep work'"); `content` is a readable copy, when one is at hand. */
export function describeRecord(relative: string, content?: unknown): string {
  // A file that is not Stillpoint's has no other name than its own.
  return kindOf(relative)?.describe(content) ?? `A file Stillpoint does not know, “${relative}.json”`;
}

/** The kind of record a file of the data folder holds ("clients/c-1.json"), or undefined for a file that is not Stillpoint's. */
export function kindOf(relative: string): RecordKind | undefined {
  const parts = relative.replace(/\.json$/, '').split('/');
  if (parts.length === 1) return rootKinds[parts[0]!];
  if (parts.length === 2) return folderKinds[parts[0]!];
  return undefined;
}
