import { bridge } from './bridge';
import { askForStart } from './start-answer';

// The page's first import: the question for the first screen's data goes out before React and the screens are evaluated.
askForStart(bridge);
