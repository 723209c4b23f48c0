import { useState } from 'react';
import type { ClientListing } from '../../shared/clients/client';
import { useClientSearch } from './useClientSearch';

interface Props {
  value: ClientListing | null;
  onChange(client: ClientListing | null): void;
}

/** Optional: a session can run without a client. */
export function ClientPicker({ value, onChange }: Props) {
  const [query, setQuery] = useState('');
  const { results } = useClientSearch(query);
  if (value) {
    return (
      <div className="client-picker">
        <p>
          Client: <strong>{value.name}</strong>{' '}
          <button type="button" className="small-button" onClick={() => onChange(null)}>
            Change client
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="client-picker" onKeyDown={(event) => event.key === ' ' && event.target !== event.currentTarget && event.stopPropagation()}>
      <label>
        Client (optional)
        <input type="search" value={query} maxLength={120} onChange={(event) => setQuery(event.target.value)} placeholder="Type a name" />
      </label>
      {query.trim() ? (
        <ul aria-label="Matching clients">
          {results.slice(0, 6).map((client) => (
            <li key={client.id}>
              <button type="button" className="small-button" onClick={() => onChange(client)}>
                {client.name}
              </button>
            </li>
          ))}
          {results.length === 0 ? <li>No client matches.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
