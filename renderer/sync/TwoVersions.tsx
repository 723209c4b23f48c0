import { useId, useState } from 'react';
import { combineParts, differingParts, type VersionPart } from '../../shared/sync/version-parts';
import { writtenBy } from '../../shared/sync/written-by';
import { messageOf } from '../bridge/errors';
import { useToday } from '../shell/useToday';

export interface OtherVersion<T> {
  copy: string;
  /** The device or computer the sync engine named, for a version that does not say which room wrote it. */
  from: string;
  record: T;
}

interface Props<T> {
  /** What has two versions, as the heading names it: "Ana Ruiz", 'The plan "Deep tissue"'. */
  name: string;
  /** What the rooms changed, mid-sentence: "these details", "this plan". */
  what: string;
  /** Where both versions are kept, mid-sentence: "the client's history". */
  history: string;
  current: T;
  other: OtherVersion<T>;
  parts: readonly VersionPart<T>[];
  /** Which room wrote a version, and when. */
  stamp(record: T): { room: string | undefined; at: number };
  /** Saves the version chosen; a refusal is shown here. */
  onKeep(record: T): Promise<unknown>;
}

/**
 * Two rooms changed the same shared record while they were not in touch, and
 * the sync engine kept both. Both are shown side by side; the therapist keeps
 * one, or takes each differing part from either. Both versions stay in the
 * record's history.
 */
export function TwoVersions<T>({ name, what, history, current, other, parts, stamp, onKeep }: Props<T>) {
  const headingId = useId();
  const differing = differingParts(parts, current, other.record);
  const [fromOther, setFromOther] = useState<ReadonlySet<VersionPart<T>>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const now = useToday();
  const label = (record: T, fallback?: string) => {
    const by = stamp(record);
    return `version from ${writtenBy(by.room ?? fallback, by.at, now)}`;
  };
  const ours = label(current);
  const theirs = label(other.record, other.from);

  async function keep(take: Iterable<VersionPart<T>>): Promise<void> {
    try {
      await onKeep(combineParts(current, other.record, take));
    } catch (reason) {
      setMessage(messageOf(reason));
    }
  }

  const choose = (part: VersionPart<T>, takeOther: boolean) =>
    setFromOther((chosen) => {
      const next = new Set(chosen);
      if (takeOther) next.add(part);
      else next.delete(part);
      return next;
    });

  return (
    <section className="two-versions" aria-labelledby={headingId}>
      <h3 id={headingId}>{name} has two versions</h3>
      <p>
        Two rooms changed {what} while they were not in touch. Choose which to keep, field by field if you like. Both versions stay in {history}, so
        nothing is lost.
      </p>
      {differing.length === 0 ? (
        <p>The two versions hold the same details.</p>
      ) : (
        <table className="two-versions__table">
          <caption className="visually-hidden">What differs between the two versions</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">This {ours}</th>
              <th scope="col">The other {theirs}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((part) => (
              <tr key={part.label}>
                <th scope="row">{part.label}</th>
                <td>
                  <label>
                    <input type="radio" name={`${headingId}-${part.label}`} checked={!fromOther.has(part)} onChange={() => choose(part, false)} />{' '}
                    {part.text(current)}
                  </label>
                </td>
                <td>
                  <label>
                    <input type="radio" name={`${headingId}-${part.label}`} checked={fromOther.has(part)} onChange={() => choose(part, true)} />{' '}
                    {part.text(other.record)}
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog__actions">
        <button type="button" className="small-button" onClick={() => void keep([])}>
          Keep the {ours}
        </button>
        <button type="button" className="small-button" onClick={() => void keep(differing)}>
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
