import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../shared/clients/client';
import type { ResponseOf, StillpointBridge } from '../../shared/contract/channels';
import type { CustomStretch } from '../../shared/handout/library';
import type { HandoutTemplate } from '../../shared/handout/template';
import { historyEntryOf, type HistoryEntry } from '../../shared/record/history';
import { isNewerSession } from '../../shared/session/revision';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { refusalOf } from '../bridge/errors';
import { useCurrentSession } from '../session/SessionStoreProvider';
import { useRecordChanges } from '../sync/useRecordChanges';

export type HandoutSettings = ResponseOf<'handout.settings.get'>;

/** The set-up that adding a stretch of one's own saves: the library with the new one last. */
export const withStretchAdded = (settings: HandoutSettings, stretch: CustomStretch): HandoutSettings => ({
  ...settings,
  customStretches: [...settings.customStretches, stretch],
});

/** The session a handout is written for; without one the screen follows the room's current session. */
export interface HandoutTarget {
  sessionId?: string;
  clientId?: string;
}

export interface HandoutSetup {
  loaded: boolean;
  error: string | null;
  setError(message: string | null): void;
  session: Session | null;
  /** The session's client, and a summary of every session they had (oldest first), for picking a past one. */
  client: Client | null;
  clientSessions: HistoryEntry[];
  pickSession(sessionId: string): void;
  settings: HandoutSettings;
  /** Goes up when another room changed the clinic header, so a form showing it starts again from the new one. */
  settingsArrived: number;
  templates: HandoutTemplate[];
  saveSettings(settings: HandoutSettings): Promise<boolean>;
  /** Adds a stretch of the therapist's own; resolves to null once saved, or to what went wrong, for its form to show. */
  addStretch(stretch: CustomStretch): Promise<unknown>;
  /** Resolves to null once saved, or to what went wrong, for the template form to show beside its fields. */
  saveTemplate(template: Omit<HandoutTemplate, 'id'> & { id?: string }): Promise<unknown>;
  deleteTemplate(id: string): Promise<void>;
  refreshSession(): Promise<void>;
  /** Fetches the clinic header and templates again, after two versions of one were settled here. */
  reloadShared(): Promise<void>;
}

const noSettings: HandoutSettings = { clinic: {}, hiddenStretchIds: [], customStretches: [] };

interface Loaded {
  session: Session | null;
  client: Client | null;
  clientSessions: HistoryEntry[];
}

/** The session asked for (or the room's current one), with its client's history when it has a client. */
async function loadSession(bridge: StillpointBridge, target: HandoutTarget): Promise<Loaded> {
  // A session without a client can only be the room's own (a walk-in just finished): it is read as the current one.
  const current = target.sessionId && target.clientId ? null : await bridge.invoke('session.current', {});
  const own = target.sessionId && current?.id !== target.sessionId ? null : current;
  const clientId = target.clientId ?? own?.clientId;
  if (!clientId) return { session: own, client: null, clientSessions: own ? [historyEntryOf(own)] : [] };
  const [history, session] = await Promise.all([
    bridge.invoke('clients.history', { clientId }),
    target.sessionId ? bridge.invoke('clients.session', { clientId, sessionId: target.sessionId }) : Promise.resolve(own),
  ]);
  return { session, client: history.client, clientSessions: history.sessions };
}

/** The clinic header, the templates and the session the handout is for, as the back end holds them. */
export function useHandoutSetup(target: HandoutTarget): HandoutSetup {
  const bridge = useBridge();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Loaded>({ session: null, client: null, clientSessions: [] });
  const [settings, setSettings] = useState<HandoutSettings>(noSettings);
  const [templates, setTemplates] = useState<HandoutTemplate[]>([]);
  const [settingsArrived, setSettingsArrived] = useState(0);
  const { sessionId, clientId } = target;
  // The room's session as the window's store holds it: newer than the copy loaded here once it changes.
  const live = useCurrentSession().session;
  const session = live && picked.session?.id === live.id && isNewerSession(live, picked.session) ? live : picked.session;

  // The clinic header and templates are shared by every room: another room's change shows here as it arrives.
  useRecordChanges(['clinic', 'template'], (change) => {
    if (change.kind === 'clinic') {
      void bridge.invoke('handout.settings.get', {}).then((stored) => {
        setSettings(stored);
        setSettingsArrived((n) => n + 1);
      }, (reason: unknown) => setError((reason as Error).message));
    } else {
      void bridge.invoke('handout.templates.list', {}).then(setTemplates, (reason: unknown) => setError((reason as Error).message));
    }
  });
  // The printer starts while the therapist writes, so the first save is as quick as the rest; a printer that
  // cannot start says so when saving, where the therapist can act on it.
  useEffect(() => {
    bridge.invoke('handout.prepare', {}).catch(() => undefined);
  }, [bridge]);

  useEffect(() => {
    Promise.all([
      loadSession(bridge, { sessionId, clientId }),
      bridge.invoke('handout.settings.get', {}),
      bridge.invoke('handout.templates.list', {}),
    ])
      .then(([found, stored, available]) => {
        setPicked(found);
        setSettings(stored);
        setTemplates(available);
      })
      .catch((reason: unknown) => setError((reason as Error).message))
      .finally(() => setLoaded(true));
  }, [bridge, sessionId, clientId]);

  const attempt = useCallback(async <T,>(action: () => Promise<T>): Promise<T | null> => {
    try {
      const value = await action();
      setError(null);
      return value;
    } catch (reason) {
      setError((reason as Error).message);
      return null;
    }
  }, []);

  return {
    loaded,
    error,
    setError,
    ...picked,
    settingsArrived,
    session,
    pickSession: (id) => {
      const clientOf = picked.client?.id;
      if (!clientOf) return;
      void attempt(() => bridge.invoke('clients.session', { clientId: clientOf, sessionId: id })).then((session) => {
        if (session) setPicked((now) => ({ ...now, session }));
      });
    },
    settings,
    templates,
    saveSettings: async (next) => {
      const saved = await attempt(() => bridge.invoke('handout.settings.save', next));
      if (saved) setSettings(saved);
      return saved !== null;
    },
    addStretch: (stretch) =>
      refusalOf(async () => {
        setSettings(await bridge.invoke('handout.settings.save', withStretchAdded(settings, stretch)));
        setError(null);
      }),
    saveTemplate: async (template) => {
      const refusal = await refusalOf(() => bridge.invoke('handout.templates.save', template));
      if (refusal) return refusal;
      const available = await attempt(() => bridge.invoke('handout.templates.list', {}));
      if (available) setTemplates(available);
      return null;
    },
    deleteTemplate: async (id) => {
      const remaining = await attempt(() => bridge.invoke('handout.templates.delete', { id }));
      if (remaining) setTemplates(remaining);
    },
    reloadShared: async () => {
      const loaded = await attempt(() => Promise.all([bridge.invoke('handout.settings.get', {}), bridge.invoke('handout.templates.list', {})]));
      if (!loaded) return;
      setSettings(loaded[0]);
      setSettingsArrived((n) => n + 1);
      setTemplates(loaded[1]);
    },
    /** After a handout is given: the session's record now lists it. */
    refreshSession: async () => {
      const id = picked.session?.id;
      if (!id) return;
      const given = await attempt(() => bridge.invoke('handout.given', { sessionId: id }));
      if (given) {
        const withGiven = (session: Session): Session => (session.id === id ? { ...session, handouts: given } : session);
        const countGiven = (entry: HistoryEntry): HistoryEntry => (entry.sessionId === id ? { ...entry, handoutsGiven: given.length } : entry);
        setPicked((now) => ({ ...now, session: now.session && withGiven(now.session), clientSessions: now.clientSessions.map(countGiven) }));
      }
    },
  };
}
