import type { PushChannel, ResponseOf, StillpointBridge } from '../../shared/contract/channels';

type StartAnswer = ResponseOf<'app.start'>;
type Part = keyof StartAnswer;

interface Start {
  answer: Promise<StartAnswer | null>;
  /** The answer once it is here (null when the back end could not give it); undefined while it is on its way. */
  answered: StartAnswer | null | undefined;
  taken: Set<Part>;
  /** Set once a screen has had the answer: the load is over, and later questions go to their own channels. */
  used: boolean;
  /** Cleared by a push that changes one of the parts: the answer may be out of date. */
  fresh: boolean;
}

/** The pushes that change a part of the answer (session, room settings, records, data status). */
const changes: readonly PushChannel[] = ['session.changed', 'settings.changed', 'records.changed', 'data.damaged', 'data.disk', 'data.migration'];

const starts = new WeakMap<StillpointBridge, Start>();

/**
 * Asks for the first screen's data, once per window. Called as the page's code starts to run (before the
 * screens are built), so the back end answers while the rest of the code is still being evaluated.
 */
export function askForStart(bridge: StillpointBridge): Start {
  const known = starts.get(bridge);
  if (known) return known;
  const start: Start = { answer: Promise.resolve(null), answered: undefined, taken: new Set(), used: false, fresh: true };
  const stopWatching = changes.map((channel) =>
    bridge.subscribe(channel, () => {
      start.fresh = false;
      for (const stop of stopWatching) stop();
    }),
  );
  start.answer = bridge.invoke('app.start', {}).then(
    (answer) => answer,
    () => null,
  );
  void start.answer.then((answer) => {
    start.answered = answer;
  });
  starts.set(bridge, start);
  return start;
}

/**
 * The screens that show at load take their first data from one `app.start` answer, so the room is usable after
 * a single round trip. Anything asked once a screen has had that answer, or a second time, or after a push
 * changed what it holds, or when the back end could not give it, goes to the part's own channel, so nothing is
 * ever served stale.
 */
export function firstLoad<P extends Part>(bridge: StillpointBridge, part: P, own: () => Promise<StartAnswer[P]>): Promise<StartAnswer[P]> {
  const start = askForStart(bridge);
  if (start.used || !start.fresh || start.taken.has(part)) return own();
  start.taken.add(part);
  return start.answer.then((answer) => {
    start.used = true;
    return answer && start.fresh ? answer[part] : own();
  });
}

/**
 * Resolves once the first screen's data is here (or known to be unavailable), or after `patienceMs` when the back end
 * is slow to answer, so the screens can be built with their data in the first frame yet a window is never left blank.
 */
export function startAnswered(bridge: StillpointBridge, patienceMs: number): Promise<void> {
  const start = askForStart(bridge);
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, patienceMs);
    void start.answer.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * A store's first state: the part, when the answer is already here, still fresh, and the load not over; otherwise
 * undefined (the store starts empty and fills from `firstLoad`). The store still calls `firstLoad`, which then hands it
 * this same object, so the screen is not built twice.
 */
export function startedPart<P extends Part>(bridge: StillpointBridge, part: P): StartAnswer[P] | undefined {
  const start = starts.get(bridge);
  if (!start?.answered || start.used || !start.fresh || start.taken.has(part)) return undefined;
  return start.answered[part];
}
