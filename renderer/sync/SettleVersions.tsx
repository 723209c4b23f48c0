import { useEffect, useState } from 'react';
import type { VersionPart } from '../../shared/sync/version-parts';
import type { WrittenBy } from '../../shared/sync/written-by';
import { messageOf } from '../bridge/errors';
import { TwoVersions, type OtherVersion } from './TwoVersions';

interface Props<T> {
  /** The record as stored and the other versions beside it (`*.versions`). */
  load(): Promise<{ current: T; others: OtherVersion<T>[] }>;
  /** Saves the version chosen against the stored one, settling that copy (`*.resolve`). */
  resolve(current: T, chosen: T, copy: string): Promise<unknown>;
  /** What has two versions, as the heading names it: 'The plan "Deep work"'. */
  name(current: T): string;
  what: string;
  history: string;
  parts: readonly VersionPart<T>[];
  onSettled(): void;
}

/** A plan, template or the clinic header: which room saved a version, and when. */
export const sharedStamp = (record: { writtenBy?: WrittenBy }) => ({ room: record.writtenBy?.room, at: record.writtenBy?.at ?? 0 });

/**
 * Loads a shared record's other versions and shows the first beside the stored
 * one; key it on the record and on changes from elsewhere so it loads afresh.
 */
export function SettleVersions<T extends { writtenBy?: WrittenBy }>({ load, resolve, name, what, history, parts, onSettled }: Props<T>) {
  const [versions, setVersions] = useState<{ current: T; others: OtherVersion<T>[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setVersions, (reason: unknown) => setError(messageOf(reason)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once; the caller's key loads it again
  }, []);
  if (error) return <p role="alert">{error}</p>;
  const other = versions?.others[0];
  if (!versions || !other) return null;
  return (
    <TwoVersions<T>
      key={other.copy}
      name={name(versions.current)}
      what={what}
      history={history}
      current={versions.current}
      other={other}
      parts={parts}
      stamp={sharedStamp}
      onKeep={async (chosen) => {
        await resolve(versions.current, chosen, other.copy);
        onSettled();
      }}
    />
  );
}
