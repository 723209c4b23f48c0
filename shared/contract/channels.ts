import type { z } from 'zod';
import { appInvoke, appPush } from './app-channels';
import { clientInvoke, recordInvoke } from './client-channels';
import { planInvoke } from './plan-channels';
import { handoutInvoke } from './handout-channels';
import { dataInvoke, dataPush } from './data-channels';
import { roomInvoke } from './room-channels';
import { sessionInvoke, sessionPush } from './session-channels';
import { settingsInvoke, settingsPush } from './settings-channels';
import { startInvoke } from './start-channels';
import { syncInvoke, syncPush } from './sync-channels';
import { syncthingInvoke, syncthingPush } from './syncthing-channels';

/**
 * The one contract between the window and the back end. Every feature keeps
 * its channels in a file of its own and adds them here; nothing else crosses.
 */
export const invokeChannels = {
  ...sessionInvoke,
  ...roomInvoke,
  ...clientInvoke,
  ...recordInvoke,
  ...planInvoke,
  ...settingsInvoke,
  ...handoutInvoke,
  ...dataInvoke,
  ...appInvoke,
  ...startInvoke,
  ...syncInvoke,
  ...syncthingInvoke,
} satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

/** Every message the back end pushes to the window. */
export const pushChannels = {
  ...sessionPush,
  ...settingsPush,
  ...dataPush,
  ...appPush,
  ...syncPush,
  ...syncthingPush,
} satisfies Record<string, z.ZodType>;

export type InvokeChannel = keyof typeof invokeChannels;
export type PushChannel = keyof typeof pushChannels;
export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type PushOf<C extends PushChannel> = z.output<(typeof pushChannels)[C]>;

export const invokeChannelNames = Object.keys(invokeChannels) as InvokeChannel[];
export const pushChannelNames = Object.keys(pushChannels) as PushChannel[];

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(invokeChannels, name);
}

export function isPushChannel(name: unknown): name is PushChannel {
  return typeof name === 'string' && Object.hasOwn(pushChannels, name);
}

/** What the preload exposes on `window.stillpoint`: answers come back as envelopes, never thrown. */
export interface RawBridge {
  invoke(channel: InvokeChannel, request: unknown): Promise<unknown>;
  subscribe(channel: PushChannel, listener: (payload: unknown) => void): () => void;
}

/** The typed bridge the renderer uses, built over a RawBridge (IPC or HTTP). */
export interface StillpointBridge {
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  subscribe<C extends PushChannel>(channel: C, listener: (payload: PushOf<C>) => void): () => void;
}
