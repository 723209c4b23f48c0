import type { ResponseOf, StillpointBridge } from '../../shared/contract/channels';

type StartAnswer = ResponseOf<'app.start'>;
type Part = keyof StartAnswer;

interface Start {
  answer: Promise<StartAnswer | null>;
  taken: Set<Part>;
  settled: boolean;
}

const starts = new WeakMap<StillpointBridge, Start>();

/**
 * The screens that show at load take their first data from one `app.start` answer, so the room is usable after
 * a single round trip. Anything asked once that answer is in, or a second time, or when the back end could not
 * give it, goes to the part's own channel, so nothing is ever served stale.
 */
export function firstLoad<P extends Part>(bridge: StillpointBridge, part: P, own: () => Promise<StartAnswer[P]>): Promise<StartAnswer[P]> {
  let start = starts.get(bridge);
  if (!start) {
    const created: Start = { answer: Promise.resolve(null), taken: new Set(), settled: false };
    created.answer = bridge.invoke('app.start', {}).then(
      (answer) => answer,
      () => null,
    );
    void created.answer.then(() => {
      created.settled = true;
    });
    starts.set(bridge, created);
    start = created;
  }
  if (start.settled || start.taken.has(part)) return own();
  start.taken.add(part);
  return start.answer.then((answer) => (answer ? answer[part] : own()));
}
