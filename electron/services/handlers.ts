import type { z } from 'zod';
import type { InvokeChannel, invokeChannels, ResponseOf } from '../../shared/contract/channels';

/** What a handler is given: the request as its schema parsed it (trimmed, with defaults filled in). */
export type ParsedRequestOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>;

/** Handlers for some of the contract's channels; each feature supplies its own map. */
export type Handlers<C extends InvokeChannel> = {
  [K in C]: (request: ParsedRequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export type AllHandlers = Handlers<InvokeChannel>;
