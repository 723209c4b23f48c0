import { z } from 'zod';
import type { InvokeChannel, PushChannel } from './channel-names';
import { cueSchema, idSchema, planSchema, sessionCommandSchema, sessionSchema } from './schemas';

export { invokeChannelNames, isInvokeChannel, isPushChannel, pushChannelNames } from './channel-names';
export type { InvokeChannel, PushChannel, RawBridge } from './channel-names';

const empty = z.strictObject({});

interface ChannelSchemas {
  request: z.ZodType;
  response: z.ZodType;
}

function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}

/** Every call the window can make to the back end. Add a channel here (and its name) first. */
export const invokeChannels = {
  'plans.list': channel(empty, z.array(planSchema)),
  'session.start': channel(z.strictObject({ planId: idSchema }), sessionSchema),
  'session.command': channel(z.strictObject({ sessionId: idSchema, command: sessionCommandSchema }), sessionSchema),
  'session.current': channel(empty, sessionSchema.nullable()),
} satisfies Record<InvokeChannel, ChannelSchemas>;

/** Every message the back end pushes to the window. */
export const pushChannels = {
  'session.changed': z.strictObject({ session: sessionSchema.nullable() }),
  'cue.due': cueSchema,
  'cue.missed': z.strictObject({ count: z.number().int().positive(), latest: cueSchema }),
} satisfies Record<PushChannel, z.ZodType>;

export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type PushOf<C extends PushChannel> = z.output<(typeof pushChannels)[C]>;

/** The typed bridge the renderer uses, built over a RawBridge (IPC or HTTP). */
export interface StillpointBridge {
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  subscribe<C extends PushChannel>(channel: C, listener: (payload: PushOf<C>) => void): () => void;
}
