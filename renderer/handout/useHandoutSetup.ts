import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/contract/channels';
import type { HandoutTemplate } from '../../shared/handout/template';
import type { Session } from '../../shared/session/session';
import { bridge } from '../bridge/bridge';

export type HandoutSettings = ResponseOf<'handout.settings.get'>;

export interface HandoutSetup {
  loaded: boolean;
  error: string | null;
  setError(message: string | null): void;
  session: Session | null;
  settings: HandoutSettings;
  templates: HandoutTemplate[];
  saveSettings(settings: HandoutSettings): Promise<boolean>;
  saveTemplate(template: Omit<HandoutTemplate, 'id'> & { id?: string }): Promise<HandoutTemplate | null>;
  deleteTemplate(id: string): Promise<void>;
  refreshSession(): Promise<void>;
}

const noSettings: HandoutSettings = { clinic: {}, hiddenStretchIds: [], customStretches: [] };

/** The clinic header, the templates and the latest session, as the back end holds them. */
export function useHandoutSetup(): HandoutSetup {
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [settings, setSettings] = useState<HandoutSettings>(noSettings);
  const [templates, setTemplates] = useState<HandoutTemplate[]>([]);

  useEffect(() => {
    const unsubscribe = bridge.subscribe('session.changed', ({ session: changed }) => setSession(changed));
    Promise.all([
      bridge.invoke('session.current', {}),
      bridge.invoke('handout.settings.get', {}),
      bridge.invoke('handout.templates.list', {}),
    ])
      .then(([current, stored, available]) => {
        setSession(current);
        setSettings(stored);
        setTemplates(available);
      })
      .catch((reason: unknown) => setError((reason as Error).message))
      .finally(() => setLoaded(true));
    return unsubscribe;
  }, []);

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
    session,
    settings,
    templates,
    saveSettings: async (next) => {
      const saved = await attempt(() => bridge.invoke('handout.settings.save', next));
      if (saved) setSettings(saved);
      return saved !== null;
    },
    saveTemplate: async (template) => {
      const saved = await attempt(() => bridge.invoke('handout.templates.save', template));
      if (saved) setTemplates(await bridge.invoke('handout.templates.list', {}));
      return saved;
    },
    deleteTemplate: async (id) => {
      const remaining = await attempt(() => bridge.invoke('handout.templates.delete', { id }));
      if (remaining) setTemplates(remaining);
    },
    refreshSession: async () => {
      const current = await attempt(() => bridge.invoke('session.current', {}));
      if (current !== null) setSession(current);
    },
  };
}
