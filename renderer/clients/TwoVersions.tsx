import { useState } from 'react';
import type { Client } from '../../shared/clients/client';
import { clientFieldLabels, combine, differingFields, fieldText, type ClientField } from '../../shared/clients/versions';
import type { ResponseOf } from '../../shared/contract/channels';
import { writtenBy } from '../../shared/sync/written-by';
import { bridge } from '../bridge/bridge';
import { messageOf } from '../bridge/errors';
import { useToday } from '../shell/useToday';

type OtherVersion = ResponseOf<'clients.versions'>['others'][number];

interface Props {
  current: Client;
  other: OtherVersion;
  onResolved(client: Client): void;
}

/**
 * Two rooms changed the same client while they were not in touch, and the sync
 * engine kept both. Both are shown side by side; the therapist keeps one, or
 * takes each differing field from either. Both versions stay in the history.
 */
export function TwoVersions({ current, other, onResolved }: Props) {
  const differing = differingFields(current, other.client);
  const [fromOther, setFromOther] = useState<ReadonlySet<ClientField>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const now = useToday();
  const ours = `version from ${writtenBy(current.room, current.updatedAt, now)}`;
  const theirs = `version from ${writtenBy(other.client.room ?? other.from, other.client.updatedAt, now)}`;

  async function keep(take: ReadonlySet<ClientField>): Promise<void> {
    try {
      const resolved = await bridge.invoke('clients.resolve', {
        clientId: current.id,
        revision: current.revision,
        fields: combine(current, other.client, take),
        copies: [other.copy],
      });
      onResolved(resolved);
    } catch (reason) {
      setMessage(messageOf(reason));
    }
  }

  const choose = (field: ClientField, takeOther: boolean) =>
    setFromOther((chosen) => {
      const next = new Set(chosen);
      if (takeOther) next.add(field);
      else next.delete(field);
      return next;
    });

  return (
    <section className="two-versions" aria-labelledby="two-versions-heading">
      <h3 id="two-versions-heading">{current.name} has two versions</h3>
      <p>
        Two rooms changed these details while they were not in touch. Choose which to keep, field by field if you like. Both versions stay in
        the client&apos;s history, so nothing is lost.
      </p>
      {differing.length === 0 ? (
        <p>The two versions hold the same details.</p>
      ) : (
        <table className="two-versions__table">
          <caption className="visually-hidden">Fields that differ between the two versions</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">This {ours}</th>
              <th scope="col">The other {theirs}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((field) => (
              <tr key={field}>
                <th scope="row">{clientFieldLabels[field]}</th>
                <td>
                  <label>
                    <input type="radio" name={`version-${field}`} checked={!fromOther.has(field)} onChange={() => choose(field, false)} />{' '}
                    {fieldText(current, field)}
                  </label>
                </td>
                <td>
                  <label>
                    <input type="radio" name={`version-${field}`} checked={fromOther.has(field)} onChange={() => choose(field, true)} />{' '}
                    {fieldText(other.client, field)}
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog__actions">
        <button type="button" className="small-button" onClick={() => void keep(new Set())}>
          Keep the {ours}
        </button>
        <button type="button" className="small-button" onClick={() => void keep(new Set(differing))}>
          Keep the {theirs}
        </button>
        {differing.length > 1 ? (
          <button type="button" className="big-button" onClick={() => void keep(fromOther)}>
            Keep the fields chosen
          </button>
        ) : null}
      </div>
      {message ? <p role="alert">{message}</p> : null}
    </section>
  );
}
