/** The contract's channel names alone, for the preload, which must stay tiny. */
export const invokeChannelNames = ['plans.list', 'session.start', 'session.command', 'session.current'] as const;
export const pushChannelNames = ['session.changed', 'cue.due', 'cue.missed'] as const;

export type InvokeChannel = (typeof invokeChannelNames)[number];
export type PushChannel = (typeof pushChannelNames)[number];

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && (invokeChannelNames as readonly string[]).includes(name);
}

export function isPushChannel(name: unknown): name is PushChannel {
  return typeof name === 'string' && (pushChannelNames as readonly string[]).includes(name);
}

/** What the preload exposes on `window.stillpoint`: answers come back as envelopes, never thrown. */
export interface RawBridge {
  invoke(channel: InvokeChannel, request: unknown): Promise<unknown>;
  subscribe(channel: PushChannel, listener: (payload: unknown) => void): () => void;
}
