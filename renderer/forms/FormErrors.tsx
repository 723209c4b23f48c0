import { useEffect, useId, useRef } from 'react';
import { ContractError } from '../../shared/contract/errors';
import { messageOf } from '../bridge/errors';

/** A field a form shows its own message beside: its element's id and its label as the person reads it. */
export interface FormField {
  id: string;
  label: string;
}

interface Props {
  /** Why the last save failed, or null. */
  error: unknown;
  /** The field that shows the message for an issue's path, or undefined when the form has none for it. */
  fieldOf(path: string): FormField | undefined;
}

const focus = (id: string): void => document.getElementById(id)?.focus();

/**
 * What went wrong with a save, as GOV.UK's error summary does it. A message
 * about a field stays beside that field; one such field takes the focus (its
 * message is read with it), several get a summary here that takes the focus
 * and links to each. The summary is read once, on focus (an alert around it
 * would read it again), and named by its own visible heading. Only what
 * belongs to no field is an alert, said here in full.
 */
export function FormErrors({ error, fieldOf }: Props) {
  const issues = error instanceof ContractError ? error.issues : [];
  const placed = issues.map((issue) => ({ message: issue.message, field: fieldOf(issue.path) }));
  const fields = [...new Map(placed.flatMap(({ field }) => (field ? [[field.id, field] as const] : []))).values()];
  const only = fields.length === 1 ? fields[0]?.id : undefined;
  const several = fields.length > 1;
  const summary = useRef<HTMLElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (only) focus(only);
    else if (several) summary.current?.focus();
  }, [error, only, several]);

  if (!error) return null;
  const general = issues.length === 0 ? [messageOf(error)] : [...new Set(placed.filter(({ field }) => !field).map(({ message }) => message))];
  if (general.length === 0 && !several) return null;
  return (
    <div className="form-errors">
      {general.length > 0 ? (
        <div role="alert">
          {general.map((message) => (
            <p key={message} className="form-error">
              {message}
            </p>
          ))}
        </div>
      ) : null}
      {several ? (
        <nav ref={summary} tabIndex={-1} aria-labelledby={headingId} className="form-error">
          <p id={headingId}>{fields.length} things need changing</p>
          <ul>
            {fields.map((field) => (
              <li key={field.id}>
                <a
                  href={`#${field.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focus(field.id);
                  }}
                >
                  {field.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
