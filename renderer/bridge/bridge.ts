import type { RawBridge, StillpointBridge } from '../../shared/contract/channels';
import { ContractError, type Envelope } from '../../shared/contract/errors';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    stillpoint?: RawBridge;
  }
}

/** Types the raw bridge and turns error envelopes into thrown ContractErrors. */
export function typedBridge(raw: RawBridge): StillpointBridge {
  return {
    async invoke(channel, request) {
      const envelope = (await raw.invoke(channel, request)) as Envelope<never>;
      if (!envelope.ok) throw new ContractError(envelope.error);
      return envelope.value;
    },
    subscribe(channel, listener) {
      return raw.subscribe(channel, (payload) => listener(payload as never));
    },
  };
}

/** The desktop app's preload bridge when present, otherwise browser mode's HTTP bridge. */
export const bridge: StillpointBridge = typedBridge(window.stillpoint ?? createHttpBridge());
