import type { InvokeChannel, RequestOf, ResponseOf } from '../../shared/contract/channels';

/** Handlers for some of the contract's channels; each feature supplies its own map. */
export type Handlers<C extends InvokeChannel> = {
  [K in C]: (request: RequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export type AllHandlers = Handlers<InvokeChannel>;
