import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bridge } from './bridge/bridge';
import { BridgeProvider } from './bridge/BridgeContext';
import { startAnswered } from './bridge/start-answer';

/** Past this, a slow back end gets the screens built without their data; they fill in when it answers. */
const START_PATIENCE_MS = 400;

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const page = root;
// Built once the first screen's data is here, so the room's first frame is the usable one, not an empty one.
void startAnswered(bridge, START_PATIENCE_MS).then(() =>
  createRoot(page).render(
    <StrictMode>
      <BridgeProvider bridge={bridge}>
        <App />
      </BridgeProvider>
    </StrictMode>,
  ),
);
