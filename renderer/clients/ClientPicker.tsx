import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ClientListing } from '../../shared/clients/client';
import { nameTold, tellApartAll } from '../../shared/clients/same-name';
import { useClientSearch } from './useClientSearch';

interface Props {
  value: ClientListing | null;
  onChange(client: ClientListing | null): void;
}

const SHOWN = 6;

/**
 * Optional: a session can run without a client. An ARIA combobox (list
 * autocomplete): Down and Up move through the suggestions while focus stays in
 * the field, Enter picks, Escape closes the list and then clears the search.
 */
export function ClientPicker({ value, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announced, setAnnounced] = useState('');
  // The chosen client as the suggestions named them: "Ana Ruiz (born 3 May 1980)" when two were called Ana Ruiz.
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  // Where focus goes after the field and the chosen name swap places, so it is never lost to the page.
  const focusNext = useRef<'field' | 'change' | null>(null);
  const listId = useId();
  const search = useClientSearch(query);
  // Only suggestions for the text as it is now: Enter never picks from an earlier search still on screen.
  const shown = query.trim() && search.answered === query ? search.results.slice(0, SHOWN) : [];
  const waiting = search.answered !== query;
  const expanded = open && query.trim() !== '';
  const highlighted = expanded ? shown[active] : undefined;
  // Clients of one name say what tells them apart; every other name stays as it is.
  const told = tellApartAll(search.answered === query ? search.results : []);
  const labelOf = (client: ClientListing): string => nameTold(client, told.get(client.id));

  useEffect(() => {
    const target = focusNext.current === 'field' ? field.current : focusNext.current === 'change' ? change.current : null;
    focusNext.current = null;
    target?.focus();
  }, [value]);

  function pick(client: ClientListing): void {
    focusNext.current = 'change';
    setQuery('');
    setOpen(false);
    setActive(-1);
    const label = labelOf(client);
    setChosen({ id: client.id, label });
    setAnnounced(`${label} is this session’s client.`);
    onChange(client);
  }

  function move(step: 1 | -1): void {
    setOpen(true);
    if (!expanded) return setActive(step === 1 ? 0 : shown.length - 1);
    if (shown.length === 0) return;
    setActive((current) => (current < 0 ? (step === 1 ? 0 : shown.length - 1) : (current + step + shown.length) % shown.length));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const answered = (() => {
      switch (event.key) {
        case 'ArrowDown':
          move(1);
          return true;
        case 'ArrowUp':
          move(-1);
          return true;
        case 'Enter': {
          // With nothing highlighted, a single match is the one meant.
          const chosen = highlighted ?? (expanded && shown.length === 1 ? shown[0] : undefined);
          if (chosen) pick(chosen);
          return expanded;
        }
        case 'Escape':
          if (expanded) setOpen(false);
          else if (query) setQuery('');
          else return false;
          setActive(-1);
          return true;
        default:
          return false;
      }
    })();
    if (answered) {
      event.preventDefault();
      // Escape and Enter here belong to the search, not to a dialog or the room around it.
      event.stopPropagation();
    }
  }

  return (
    <div className="client-picker">
      {/* Always in the page, so the name is announced when it is chosen. */}
      <p className="visually-hidden" role="status">
        {announced}
      </p>
      {value ? (
        <p>
          Client: <strong>{chosen?.id === value.id ? chosen.label : value.name}</strong>{' '}
          <button
            ref={change}
            type="button"
            className="small-button"
            onClick={() => {
              focusNext.current = 'field';
              setAnnounced('');
              onChange(null);
            }}
          >
            Change client
          </button>
        </p>
      ) : (
        <>
          <label>
            Client (optional)
            <input
              ref={field}
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={highlighted ? `${listId}-${highlighted.id}` : undefined}
              autoComplete="off"
              value={query}
              maxLength={120}
              placeholder="Type a name"
              onChange={(event) => {
                setQuery(event.target.value);
                setOpen(true);
                setActive(-1);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
            />
          </label>
          <ul id={listId} role="listbox" aria-label="Matching clients" className="client-picker__list" hidden={!expanded || shown.length === 0}>
            {shown.map((client, index) => (
              <li
                key={client.id}
                id={`${listId}-${client.id}`}
                role="option"
                aria-selected={index === active}
                className="client-picker__option"
                // Keeps focus in the field, so the click picks before the list closes on blur.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(client)}
              >
                {labelOf(client)}
              </li>
            ))}
          </ul>
          {expanded && !waiting && shown.length === 0 ? <p className="client-picker__none">No client matches.</p> : null}
        </>
      )}
    </div>
  );
}
