import { cleanup, configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { BridgeProvider } from '../../renderer/bridge/BridgeContext';
import { SessionStoreProvider } from '../../renderer/session/SessionStoreProvider';
import { RoomSettingsProvider } from '../../renderer/settings/RoomSettingsProvider';
import type { fakeBridge } from './fake-bridge';

afterEach(cleanup);
// waitFor gives up after 1 s by default; a CI machine that is busy can take longer to render a step.
configure({ asyncUtilTimeout: 10_000 });
// jsdom has no media queries; the room asks one for the system theme.
window.matchMedia = (query: string) =>
  ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }) as unknown as MediaQueryList;
// jsdom lays nothing out, so nothing it draws is ever resized; the handout preview watches its frame's width.
window.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** UI as the app holds it: under the bridge (a fake here), the session store and the room settings. */
export function withProviders(ui: ReactElement, fake: ReturnType<typeof fakeBridge>): ReactElement {
  return (
    <BridgeProvider bridge={fake.bridge}>
      <SessionStoreProvider>
        <RoomSettingsProvider>{ui}</RoomSettingsProvider>
      </SessionStoreProvider>
    </BridgeProvider>
  );
}

/** Renders UI as the app does; `rerender` it with `withProviders` to give it new props. */
export function renderWithBridge(ui: ReactElement, fake: ReturnType<typeof fakeBridge>) {
  return render(withProviders(ui, fake));
}
