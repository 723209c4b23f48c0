// The page's entry is small on purpose: it asks for the first screen's data at once, while Chromium is still
// fetching and compiling React and the screens (boot.tsx) in parallel.
import './bridge/early-start';
import './styles/base.css';
import './styles/room.css';
import './styles/plans.css';

void import('./boot');
