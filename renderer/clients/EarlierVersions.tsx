import type { Client } from '../../shared/clients/client';
import { clientFieldLabels, differingFields, fieldText } from '../../shared/clients/versions';
import { writtenBy } from '../../shared/sync/written-by';
import { useToday } from '../shell/useToday';

/** Versions kept when two rooms' edits were settled (nothing a room wrote is ever lost), with what differs from now. */
export function EarlierVersions({ versions, current }: { versions: readonly Client[]; current: Client }) {
  const now = useToday();
  if (versions.length === 0) return null;
  return (
    <details className="earlier-versions">
      <summary>Earlier versions kept ({versions.length})</summary>
      <ul aria-label="Earlier versions">
        {versions.map((version, index) => {
          // What that version held that the client's details no longer do.
          const changed = differingFields(version, current);
          return (
            <li key={`${version.revision}-${version.updatedAt}-${version.room ?? ''}-${index}`}>
              {writtenBy(version.room, version.updatedAt, now)}
              {changed.length > 0 ? `: ${changed.map((field) => `${clientFieldLabels[field]} "${fieldText(version, field)}"`).join(', ')}` : ''}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
