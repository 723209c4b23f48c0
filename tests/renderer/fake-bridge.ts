import type { InvokeChannel, PushChannel, PushOf, RequestOf, ResponseOf, StillpointBridge } from '../../shared/contract/channels';

export type FakeAnswers = { [C in InvokeChannel]?: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

/**
 * A bridge for component tests: each channel answers as the test says, every
 * call is recorded, and the test sends pushes itself. A channel without an
 * answer rejects, so a test never passes by talking to nothing.
 */
export function fakeBridge(answers: FakeAnswers = {}) {
  const listeners = new Map<PushChannel, Set<(payload: never) => void>>();
  const calls: { channel: InvokeChannel; request: unknown }[] = [];
  const bridge: StillpointBridge = {
    async invoke(channel, request) {
      calls.push({ channel, request });
      const answer = answers[channel] as ((request: unknown) => unknown) | undefined;
      if (!answer) throw new Error(`The fake bridge has no answer for ${channel}.`);
      return (await answer(request)) as never;
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  return {
    bridge,
    calls,
    callsTo: (channel: InvokeChannel) => calls.filter((call) => call.channel === channel).map((call) => call.request),
    push<C extends PushChannel>(channel: C, payload: PushOf<C>): void {
      for (const listener of listeners.get(channel) ?? []) listener(payload as never);
    },
  };
}

/** A promise the test settles when it chooses, to put answers out of order. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
