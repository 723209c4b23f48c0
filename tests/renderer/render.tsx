import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { BridgeProvider } from '../../renderer/bridge/BridgeContext';
import { SessionStoreProvider } from '../../renderer/session/SessionStoreProvider';
import { RoomSettingsProvider } from '../../renderer/settings/RoomSettingsProvider';
import type { fakeBridge } from './fake-bridge';

afterEach(cleanup);

/** Renders UI as the app does: under the bridge (a fake here), the session store and the room settings. */
export function renderWithBridge(ui: ReactElement, fake: ReturnType<typeof fakeBridge>) {
  return render(
    <BridgeProvider bridge={fake.bridge}>
      <SessionStoreProvider>
        <RoomSettingsProvider>{ui}</RoomSettingsProvider>
      </SessionStoreProvider>
    </BridgeProvider>,
  );
}
