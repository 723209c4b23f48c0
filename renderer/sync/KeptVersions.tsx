import { useEffect, useState } from 'react';
import type { VersionPart } from '../../shared/sync/version-parts';
import type { WrittenBy } from '../../shared/sync/written-by';
import { messageOf } from '../bridge/errors';
import { EarlierVersions } from './EarlierVersions';
import { sharedStamp } from './SettleVersions';

interface Props<T> {
  /** The record as stored and the versions kept in its history (`*.versions`). */
  load(): Promise<{ current: T; earlier: T[] }>;
  parts: readonly VersionPart<T>[];
}

/** The versions of a plan or the clinic header kept when two rooms' edits were settled; key it to load afresh. */
export function KeptVersions<T extends { writtenBy?: WrittenBy }>({ load, parts }: Props<T>) {
  const [kept, setKept] = useState<{ current: T; earlier: T[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setKept, (reason: unknown) => setError(messageOf(reason)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once; the caller's key loads it again
  }, []);
  if (error) return <p role="alert">{error}</p>;
  return kept ? <EarlierVersions versions={kept.earlier} current={kept.current} parts={parts} stamp={sharedStamp} /> : null;
}
