import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { appHandlers } from './app-handlers';
import { startHandler } from './start-handler';
import { AppSettingsService } from './app-settings';
import { invokeChannels, isInvokeChannel, type PushChannel, type PushOf } from '../../shared/contract/channels';
import { ContractError, INTERNAL_FAULT, type Envelope } from '../../shared/contract/errors';
import { parseOrThrow } from '../../shared/contract/validate';
import type { Clock } from './clock';
import { CueScheduler } from './cue-scheduler';
import { clientHandlers, recordHandlers } from './client-handlers';
import { ClientSessions } from './client-sessions';
import { ClientsService } from './clients';
import { RecordVersions } from './record-versions';
import { clientKind, clinicKind, planKind, templateKind } from './versioned-kinds';
import { syncHandlers } from './sync-handlers';
import { relayRecordChanges } from './record-changes';
import { SessionCopies } from './session-copies';
import { writeSyncIgnore } from './sync-ignore';
import { syncthingHandlers } from './syncthing-handlers';
import { SyncthingStatusService } from './syncthing-status';
import { isDiskError } from './disk-writer';
import { handoutHandlers } from './handout-handlers';
import type { HandoutPrinter } from './handout-printer';
import { HandoutsService } from './handouts';
import type { AllHandlers } from './handlers';
import { SessionCareService } from './session-care';
import { planHandlers } from './plan-handlers';
import { PlansService } from './plans';
import { roomHandlers } from './room-handlers';
import { RoomSelectionService } from './room-selection';
import { RoomSettingsService } from './room-settings';
import { sessionHandlers } from './session-handlers';
import { settingsHandlers, type MiniWindowControl } from './settings-handlers';
import { SessionsService } from './sessions';
import { BackupService, defaultBackupsDir } from './backup';
import { dataHandlers, damagedView } from './data-handlers';
import type { DiskStatus } from './disk-writer';
import type { KeyProvider } from './encryption';
import { EncryptionSetting } from './encryption-setting';
import type { MigrationRegistry } from './migrations';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers';
import { setImmediate } from 'node:timers/promises';
import { migrateLayout, type LayoutProgress } from './layout-migration';
import { runSliced } from './slices';
import { createStorage, defaultQuarantineDir } from './storage';
import { unsafePayloadProblem } from '../../shared/contract/safe-payload';

export type Push = <C extends PushChannel>(channel: C, payload: PushOf<C>) => void;

export interface BackendDeps {
  dataDir: string;
  clock: Clock;
  /** Sends a push channel to every open window. */
  push: Push;
  /** Shows a native notification; the desktop app only does so while the window is hidden. */
  notify: (title: string, body: string) => void;
  newId?: () => string;
  /** The desktop app's compact always-on-top window. */
  miniWindow?: MiniWindowControl;
  /** Prints handouts and turns them into PDFs; without it the handout channels refuse to print. */
  printer?: HandoutPrinter;
  /** Beside the data folder by default: `<userData>/backups` and `<userData>/quarantine`. */
  backupsDir?: string;
  quarantineDir?: string;
  /** The system's regional format for dates and times ("en-GB"); the desktop app's windows follow it. */
  formatLocale?: string;
  /** The running version; a change since the last run takes a backup first. */
  appVersion?: string;
  /** The key for encryption at rest; without one the option is unavailable. */
  keys?: KeyProvider;
  migrations?: MigrationRegistry;
  /** Test seam: throws an errno-style error to stand in for a full or read-only disk. */
  writeGuard?: (filePath: string) => void;
  /** Test seam: scrypt's cost for the recovery passphrase (the default costs about half a second). */
  recoveryCost?: { N: number; r: number; p: number };
  /** Watch the data folder for changes made by others (on unless a test turns it off). */
  watchFolder?: boolean;
  /** This computer's Syncthing address and API key; beside the data folder by default (`<userData>/syncthing.json`). */
  syncthingFile?: string;
  /** Test seam: how often Syncthing is asked while an address is set (2 s by default). */
  syncthingPollMs?: number;
}

/** The whole back end, free of Electron: IPC and browser mode both call `handle`. */
export interface Backend {
  handle(channel: unknown, payload: unknown): Promise<Envelope<unknown>>;
  /** Re-checks cues after the system resumes from sleep or the screen unlocks. */
  wake(): void;
  /** True while a session is running, so the desktop app can keep the display awake. */
  isSessionRunning(): boolean;
  /** Resolves once background work started so far (backups, the start-up check) has finished. */
  idle(): Promise<void>;
  /** Whether writes are held in memory after disk trouble, for a quit that would drop them. */
  diskStatus(): DiskStatus;
  /** Tries the held writes once more now; returns what is still held. */
  retryWrites(): DiskStatus;
  close(): void;
}

export function createBackend(deps: BackendDeps): Backend {
  let closed = false;
  let backups: BackupService | null = null;
  let encryption: EncryptionSetting | null = null;
  const storage = createStorage(deps.dataDir, {
    clock: deps.clock,
    quarantineDir: deps.quarantineDir ?? defaultQuarantineDir(deps.dataDir),
    keys: deps.keys,
    migrations: deps.migrations,
    writeGuard: deps.writeGuard,
    onDamaged: (entry) => {
      encryption?.sealQuarantined();
      deps.push('data.damaged', damagedView(backups, storage.quarantine, entry));
    },
    onDiskStatus: (status) => deps.push('data.disk', status),
    beforeMigration: () => backups?.beforeMigration(),
  });
  backups = new BackupService(storage, deps.backupsDir ?? defaultBackupsDir(deps.dataDir), deps.clock, deps.appVersion ?? '0.0.0', () =>
    isSessionRunning(),
  );
  // The folder may be carried to other rooms by Syncthing: what is this room's own never goes.
  try {
    writeSyncIgnore(deps.dataDir);
  } catch (error) {
    // A full or read-only disk is reported by the first record write; it must not stop the app starting.
    if (!isDiskError(error)) throw error;
  }
  const roomSettings = new RoomSettingsService(storage);
  // Stamped on every session and every edit of a shared record; the computer's name until the therapist names the room.
  const room = () => (roomSettings.get().roomName || os.hostname()).slice(0, 40);
  // The room settings are encrypted like the records: while they are locked, the room has no name to give.
  const roomIfReadable = () => {
    try {
      return room();
    } catch {
      return undefined;
    }
  };
  encryption = new EncryptionSetting({ storage, backups, clock: deps.clock, recoveryCost: deps.recoveryCost, room: roomIfReadable });
  encryption.load();
  // Start-up answers first: damaged files are found in the background, in slices, each reported
  // (data.damaged) as it is set aside; then the folder is watched, so files a sync engine or a person
  // changes underneath drop out of the read cache as they change.
  const startupScan = (async () => {
    await setImmediate();
    await runSliced(storage.scan());
    if (deps.watchFolder !== false && !closed) storage.watch();
  })().catch(() => undefined);
  // After an update nothing is written before the backup of what the old version left.
  // A failed backup (disk full) must not lock the therapist out; the data stays as the old version left it.
  const updateBackup = deps.appVersion ? backups.checkAppVersion().catch(() => undefined) : Promise.resolve();
  const layoutDirs = [deps.dataDir, backups.dir, storage.quarantine.dir];
  // Held for screens that open while it runs; the last report (all done) clears it.
  let migration: LayoutProgress | null = null;
  const migrationProgress = (progress: LayoutProgress) => {
    migration = progress.done < progress.total ? progress : null;
    deps.push('data.migration', progress);
  };
  void backups.job(() => migrateLayout(layoutDirs, path.join(deps.dataDir, '.cache', 'layout.json'), migrationProgress)).catch(
    // Left unmarked, so it runs again at the next start.
    () => undefined,
  );
  // Shared records carry the room that last saved them; `room` reads the room settings at the time of the save.
  const writtenBy = () => ({ room: room(), at: deps.clock.now() });
  const plans = new PlansService({ storage, writtenBy });
  // After the update backup (nothing is written before it), and off the first request's path.
  const plansSeeded = updateBackup
    .then(() => setImmediate())
    .then(() => {
      if (!closed) plans.prepare();
    })
    .catch(() => undefined); // Tried again, and reported, when the plans are first asked for.
  roomSettings.onChange((settings) => deps.push('settings.changed', settings));
  const sessions = new SessionsService({
    storage,
    clock: deps.clock,
    newId: deps.newId ?? (() => `s-${randomUUID()}`),
    findPlan: (id) => plans.find(id),
    keepEndTime: () => roomSettings.get().keepEndTime,
    room,
  });
  const clients = new ClientsService({ storage, clock: deps.clock, newId: () => `c-${randomUUID()}`, room });
  const clientVersions = new RecordVersions(storage, clientKind(clients, deps.clock));
  const planVersions = new RecordVersions(storage, planKind(plans));
  const sessionCopies = new SessionCopies(storage, room);
  sessionCopies.mergeAll();
  relayRecordChanges(storage, clients, plans, sessionCopies, deps.push);
  // The watcher starts after the start-up check: what another room's sync engine brought meanwhile is taken in then.
  const tookInArrivals = startupScan.then(async () => {
    if (closed || deps.watchFolder === false) return;
    const merged = sessionCopies.mergeAll();
    if (await clients.reloadInSlices()) deps.push('records.changed', { kind: 'client', id: null, change: 'changed', conflictCopy: false });
    for (const id of merged) deps.push('records.changed', { kind: 'session', id, change: 'changed', conflictCopy: false });
    if (plans.settleOrderCopies()) deps.push('records.changed', { kind: 'plan', id: null, change: 'changed', conflictCopy: false });
  });
  const clientSessions = new ClientSessions(storage, sessions);
  // Built in slices once the start-up check is done, so the first history opened is answered at once.
  const sessionsIndexed = startupScan.then(() => (closed ? undefined : clientSessions.prepare())).catch(() => undefined);
  const care = new SessionCareService(sessions, deps.clock);
  const roomSelection = new RoomSelectionService(storage, (sessionId) => sessions.get(sessionId), deps.clock);
  const scheduler = new CueScheduler(deps.clock, {
    due(cue) {
      deps.push('cue.due', cue);
      deps.notify('Stillpoint', cue.announcement);
    },
    missed(count, latest) {
      deps.push('cue.missed', { count, latest });
    },
  });
  sessions.onChange((session) => {
    // An earlier session changed (an amendment, a reprinted handout): the room's running one keeps its cues,
    // and the windows showing that session's history fetch it again.
    const current = currentOrNull();
    if (session && current && session.id !== current.id) {
      nextTurn(() => deps.push('records.changed', { kind: 'session', id: session.id, change: 'changed', conflictCopy: false }));
      return;
    }
    scheduler.track(session);
    // The windows hear of it once the answer has gone: the answer is what the therapist's key waits for
    // (windows keep the newest revision, so a push landing after a later answer changes nothing).
    nextTurn(() => deps.push('session.changed', { session }));
  });
  // A record that cannot be read now (no key, disk trouble) must not stop the app from starting.
  const currentOrNull = () => {
    try {
      return sessions.current();
    } catch (error) {
      if (error instanceof ContractError) return null;
      throw error;
    }
  };
  scheduler.track(currentOrNull());
  const isSessionRunning = () => {
    const session = currentOrNull();
    return session !== null && session.events.at(-1)?.type !== 'finish';
  };
  backups.startDaily();

  const handouts = new HandoutsService({ storage, sessions, clock: deps.clock, printer: deps.printer, writtenBy });
  // The wrap-up and its handout come next: the printer starts as the session finishes, so the first handout of the day is as quick as the rest.
  sessions.onChange((session) => {
    if (session && session.id === currentOrNull()?.id && session.events.at(-1)?.type === 'finish') handouts.prepare();
  });
  const appSettings = new AppSettingsService({ storage, plans, handouts, formatLocale: deps.formatLocale });
  const handoutVersions = { clinic: new RecordVersions(storage, clinicKind(handouts)), templates: new RecordVersions(storage, templateKind(handouts)) };

  /** Restore, import and unlocking change files under the services: every cache is rebuilt from the files. */
  const afterFilesChanged = () => {
    void clients.reloadInSlices();
    clientSessions.forget();
    const session = currentOrNull();
    scheduler.track(session);
    deps.push('session.changed', { session });
    deps.push('settings.changed', roomSettings.get());
  };
  // With encryption on, the key is opened now (a keychain prompt, perhaps); every request waits for it,
  // and keychain trouble leaves the records locked instead of stopping the app.
  let unlockedScan: Promise<void> = Promise.resolve();
  const opened = encryption.unlock().then((unlocked) => {
    if (!unlocked) return;
    // Files the start-up scan could not open without the key are checked now (in the background), and every cache reloads.
    unlockedScan = runSliced(storage.scan()).then(
      () => undefined,
      () => undefined,
    );
    afterFilesChanged();
  });
  // Another room turned encryption on or off, or the clinic key file arrived or was rewrapped: applied
  // here at once (one change after another), every window told, and every cache rebuilt from the files.
  let sharedEncryption: Promise<void> = Promise.resolve();
  storage.onRecordChange((change) => {
    if (change.record !== 'encryption' && change.record !== 'recovery-key') return;
    sharedEncryption = sharedEncryption
      .then(() => opened)
      .then(async () => {
        deps.push('data.encryption', await encryption!.sharedFilesChanged());
        afterFilesChanged();
      })
      .catch(() => undefined);
  });

  const syncthing = new SyncthingStatusService({
    dataDir: deps.dataDir,
    file: deps.syncthingFile ?? path.join(path.dirname(deps.dataDir), 'syncthing.json'),
    codec: storage.context.codec,
    onChange: (status) => deps.push('syncthing.changed', status),
    pollMs: deps.syncthingPollMs,
  });
  void opened.then(() => {
    if (!closed) syncthing.start();
  });

  const features = {
    ...sessionHandlers(sessions, clients, clientSessions),
    ...roomHandlers(roomSelection),
    ...clientHandlers(clients, clientSessions, clientVersions),
    ...recordHandlers(care),
    ...planHandlers(plans, planVersions),
    ...settingsHandlers(roomSettings, deps.miniWindow),
    ...handoutHandlers(handouts, handoutVersions),
    ...syncHandlers(planVersions, handoutVersions),
    ...syncthingHandlers(syncthing),
    ...appHandlers(appSettings),
    ...dataHandlers({
      storage,
      backups,
      encryption,
      afterFilesChanged,
      migration: () => migration,
    }),
  };
  const handlers: AllHandlers = { ...features, ...startHandler(features) };

  async function handle(channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
    await opened;
    try {
      await updateBackup;
      if (!isInvokeChannel(channel)) {
        throw new ContractError({ code: 'unknown-channel', message: 'This version of Stillpoint cannot do that; restart Stillpoint and try again.' });
      }
      const problem = unsafePayloadProblem(payload);
      if (problem) throw new ContractError({ code: 'invalid-request', message: problem });
      const request = parseOrThrow(invokeChannels[channel].request, payload);
      const handler = handlers[channel] as (request: unknown) => unknown;
      const value = await handler(request);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ContractError) return { ok: false, error: error.toBody() };
      // The details are for whoever reads the log; the person is told what it means for them.
      console.error(`Stillpoint could not answer ${String(channel)}:`, error);
      return { ok: false, error: { code: 'internal', message: INTERNAL_FAULT } };
    }
  }

  return {
    handle,
    wake: () => scheduler.rearm(),
    isSessionRunning,
    idle: async () => {
      await startupScan;
      await tookInArrivals;
      await sessionsIndexed;
      await plansSeeded;
      await opened;
      await unlockedScan;
      await sharedEncryption;
      await backups?.idle();
    },
    diskStatus: () => storage.disk.status(),
    retryWrites: () => {
      storage.disk.retryNow();
      return storage.disk.status();
    },
    close: () => {
      closed = true;
      scheduler.stop();
      roomSelection.flush();
      syncthing.stop();
      backups?.stop();
      storage.disk.stop();
      storage.close();
    },
  };
}
