import type { Client } from '../../shared/clients/client';
import { clientParts, fieldsOf } from '../../shared/clients/versions';
import { useBridge } from '../bridge/BridgeContext';
import { TwoVersions, type OtherVersion } from '../sync/TwoVersions';

/** How a client's version names the room that wrote it, and when. */
export const clientStamp = (client: Client) => ({ room: client.room, at: client.updatedAt });

/** Two versions of a client's details, settled through `clients.resolve`. */
export function ClientTwoVersions({ current, other, onResolved }: { current: Client; other: OtherVersion<Client>; onResolved(client: Client): void }) {
  const bridge = useBridge();
  return (
    <TwoVersions
      name={current.name}
      what="these details"
      history="the client's history"
      current={current}
      other={other}
      parts={clientParts}
      stamp={clientStamp}
      onKeep={async (chosen) =>
        onResolved(await bridge.invoke('clients.resolve', { clientId: current.id, revision: current.revision, fields: fieldsOf(chosen), copies: [other.copy] }))
      }
    />
  );
}
