import { differingParts, type VersionPart } from '../../shared/sync/version-parts';
import { writtenBy } from '../../shared/sync/written-by';
import { useToday } from '../shell/useToday';

interface Props<T> {
  versions: readonly T[];
  current: T;
  parts: readonly VersionPart<T>[];
  stamp(record: T): { room: string | undefined; at: number };
}

/** Versions kept when two rooms' edits were settled (nothing a room wrote is ever lost), with what differs from now. */
export function EarlierVersions<T>({ versions, current, parts, stamp }: Props<T>) {
  const now = useToday();
  if (versions.length === 0) return null;
  return (
    <details className="earlier-versions">
      <summary>Earlier versions kept ({versions.length})</summary>
      <ul aria-label="Earlier versions">
        {versions.map((version, index) => {
          const by = stamp(version);
          // What that version held that the record no longer does.
          const changed = differingParts(parts, version, current);
          return (
            <li key={`${by.room ?? ''}-${by.at}-${index}`}>
              {writtenBy(by.room, by.at, now)}
              {changed.length > 0 ? `: ${changed.map((part) => `${part.label} "${part.text(version)}"`).join(', ')}` : ''}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
