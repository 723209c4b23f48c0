import { dateAndTime } from '../i18n/clock';

/** Where this room's data folder stands in the local Syncthing, or why that cannot be known. */
export const syncthingStates = ['not-set', 'up-to-date', 'syncing', 'disconnected', 'paused', 'unreachable', 'not-syncthing', 'key-refused', 'not-shared', 'locked'] as const;
export type SyncthingState = (typeof syncthingStates)[number];

export interface SyncthingView {
  state: SyncthingState;
  /** The address asked, as the therapist gave it (normalised); null when none was given. */
  address: string | null;
  /** How much of the folder is in step, while syncing. */
  percent: number | null;
  /** Other computers of the folder connected now. */
  connected: number;
  /** When a file of the folder last changed, here or arriving (Syncthing's own record). */
  lastChange: number | null;
}

/** What Syncthing's REST API says about the folder, reduced to what the state needs. */
export interface SyncthingAnswers {
  myId: string;
  folder: { paused: boolean; deviceIds: string[] };
  connections: Readonly<Record<string, { connected: boolean; paused: boolean }>>;
  local: { state: string; needBytes: number; globalBytes: number; needTotalItems: number };
  /** Aggregate completion of the other devices, 0 to 100. */
  remoteCompletion: number;
}

/** Syncthing's folder states in which it is bringing files in or waiting to. */
const SYNCING = new Set(['syncing', 'sync-preparing', 'sync-waiting', 'cleaning', 'clean-waiting']);

export const DEFAULT_SYNCTHING_ADDRESS = 'http://127.0.0.1:8384';

/** Up to date, syncing (with how far), disconnected (no other computer connected) or paused. */
export function syncStateOf(answers: SyncthingAnswers): Pick<SyncthingView, 'state' | 'percent' | 'connected'> {
  const others = answers.folder.deviceIds.filter((id) => id !== answers.myId);
  const connected = others.filter((id) => answers.connections[id]?.connected === true).length;
  if (answers.folder.paused || (others.length > 0 && others.every((id) => answers.connections[id]?.paused === true))) {
    return { state: 'paused', percent: null, connected };
  }
  if (connected === 0) return { state: 'disconnected', percent: null, connected };
  const { local } = answers;
  const localPercent = local.globalBytes > 0 ? (100 * (local.globalBytes - local.needBytes)) / local.globalBytes : 100;
  const percent = Math.max(0, Math.min(localPercent, answers.remoteCompletion));
  if (SYNCING.has(local.state) || local.needTotalItems > 0 || percent < 100) {
    return { state: 'syncing', percent: Math.min(99, Math.floor(percent)), connected };
  }
  return { state: 'up-to-date', percent: null, connected };
}

/** One sentence for the therapist: what the state means and, when something is wrong, what to do. */
export function syncthingSentence(view: SyncthingView, folderPath: string): string {
  const others = view.connected === 1 ? '1 other computer' : `${view.connected} other computers`;
  switch (view.state) {
    case 'not-set':
      return 'Give the address and API key of Syncthing on this computer to see whether this room is in step with the others.';
    case 'up-to-date':
      return `Up to date: connected to ${others}, and every change has been exchanged.`;
    case 'syncing':
      return `Syncing: ${view.percent ?? 0} % in step, connected to ${others}.`;
    case 'disconnected':
      return 'Disconnected: no other computer of the clinic is connected, so changes made here wait until one is. Check that the other computers are on and Syncthing runs on them.';
    case 'paused':
      return 'Paused in Syncthing: changes are not exchanged until the folder (or the other computers) are resumed in Syncthing.';
    case 'unreachable':
      return `Nothing answers at ${view.address ?? DEFAULT_SYNCTHING_ADDRESS}. Check that Syncthing is running on this computer and that the address is the one shown in Syncthing under Actions → Settings → GUI.`;
    case 'not-syncthing':
      return `Something answers at ${view.address ?? DEFAULT_SYNCTHING_ADDRESS}, but it is not Syncthing. Check the address: it is the one Syncthing shows under Actions → Settings → GUI.`;
    case 'key-refused':
      return 'Syncthing refused the API key. Copy it again from Syncthing (Actions → Settings → GUI → API Key) and save it here.';
    case 'not-shared':
      return `Syncthing on this computer does not share this room’s data folder (${folderPath}). Add it as a folder in Syncthing, as the guide “A clinic with several rooms” shows.`;
    case 'locked':
      return 'The Syncthing API key is kept encrypted and the records are locked: unlock them (Data screen) to see Syncthing’s state.';
  }
}

export function lastChangeSentence(view: SyncthingView): string | null {
  return view.lastChange === null ? null : `Last change: ${dateAndTime(view.lastChange)}.`;
}
