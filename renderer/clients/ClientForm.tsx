import { useEffect, useRef, useState, type RefObject } from 'react';
import { ageBandLabels, ageBands, emptyClientFields, type AgeBand, type Client, type ClientFields, type ClientListing } from '../../shared/clients/client';
import { nameTold, sameName, sameNameWarning, tellApart, tellApartAll } from '../../shared/clients/same-name';
import { ContractError } from '../../shared/contract/errors';
import { languageChoiceLabel, languages, type Language } from '../../shared/i18n/languages';
import { useBridge } from '../bridge/BridgeContext';
import { fieldErrors } from '../bridge/errors';
import { FormErrors, type FormField } from '../forms/FormErrors';
import { FieldError } from './FieldError';

interface Props {
  /** The client as loaded, or null for a new one. */
  client: Client | null;
  onSaved(client: Client): void;
  /** Asks for the latest copy after a conflict. */
  onReload(): void;
  /** The therapist changed a field (so a change arriving from another room must not replace the form). */
  onEdited?(): void;
  /** Opens another client: the one already called by the name typed, instead of saving a second. */
  onOpenClient?(clientId: string): void;
}

/** Each field the form shows its own message beside, with its label as the therapist reads it. */
const fieldLabels: Readonly<Record<string, string>> = {
  name: 'Name',
  contact: 'Contact',
  dateOfBirth: 'Date of birth',
  goals: 'Goals',
  notes: 'Notes',
  preferredPressure: 'Preferred pressure',
  preferredLanguage: 'Language for handouts',
};

const fieldOf = (path: string): FormField | undefined => {
  const key = /^fields\.(\w+)/.exec(path)?.[1];
  const label = key ? fieldLabels[key] : undefined;
  return key && label ? { id: `client-${key}`, label } : undefined;
};

const fieldsOf = (client: Client | null): ClientFields => {
  if (!client) return emptyClientFields;
  const { name, contact, dateOfBirth, ageBand, goals, notes, preferredPressure, preferredLanguage } = client;
  return { name, contact, dateOfBirth, ageBand, goals, notes, preferredPressure, ...(preferredLanguage ? { preferredLanguage } : {}) };
};

/** Create or edit a client. An edit carries the revision it started from, so two windows cannot silently overwrite each other. */
export function ClientForm({ client, onSaved, onReload, onEdited, onOpenClient }: Props) {
  const bridge = useBridge();
  const [fields, setFields] = useState<ClientFields>(fieldsOf(client));
  const [failure, setFailure] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  // A field changed since the save that found a problem with it no longer says that problem.
  const [changedSince, setChangedSince] = useState<ReadonlySet<string>>(new Set());
  const errors = Object.fromEntries(Object.entries(fieldErrors(failure, 'fields.')).filter(([key]) => !changedSince.has(key)));
  const conflict = failure instanceof ContractError && failure.code === 'conflict';
  // Other clients already called by the name typed: asked about before saving, never refused (two people can share a name).
  const [sameNamed, setSameNamed] = useState<readonly ClientListing[] | null>(null);
  const warning = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (sameNamed) warning.current?.focus();
  }, [sameNamed]);
  const set = <K extends keyof ClientFields>(field: K, value: ClientFields[K]) => {
    if (field === 'name') setSameNamed(null);
    setFields((current) => ({ ...current, [field]: value }));
    setChangedSince((current) => (current.has(field) ? current : new Set([...current, field])));
    onEdited?.();
  };

  // A date field holds no value for a date that does not exist (30 February); saved as it is, the date would be lost without a word.
  const birthInput = useRef<HTMLInputElement>(null);
  /** True when the name typed is another active client's: the therapist is asked first. */
  async function askAboutName(): Promise<boolean> {
    if (!fields.name.trim() || (client && sameName(client.name, fields.name))) return false;
    try {
      const { clients } = await bridge.invoke('clients.sameName', { name: fields.name, ...(client ? { except: client.id } : {}) });
      if (clients.length === 0) return false;
      setSameNamed(clients);
      setFailure(null);
      setMessage(null);
      return true;
    } catch {
      // Only a courtesy: a question that could not be asked never stops a save.
      return false;
    }
  }

  async function save(askedAboutName = false): Promise<void> {
    setChangedSince(new Set());
    setSameNamed(null);
    if (birthInput.current?.validity.badInput) {
      const said = 'That date of birth does not exist. Check the day and the month, or clear the field.';
      setFailure(new ContractError({ code: 'invalid-request', message: said, issues: [{ path: 'fields.dateOfBirth', message: said }] }));
      setMessage(null);
      return;
    }
    if (!askedAboutName && (await askAboutName())) return;
    try {
      const saved = client
        ? await bridge.invoke('clients.update', { clientId: client.id, revision: client.revision, fields })
        : await bridge.invoke('clients.create', { fields });
      setFailure(null);
      setMessage(client ? 'Saved.' : 'Client created.');
      onSaved(saved);
    } catch (reason) {
      setFailure(reason);
      setMessage(null);
    }
  }

  // A new client's form opens to be typed in: the focus goes to its Name field.
  const nameInput = useRef<HTMLInputElement>(null);
  const isNew = client === null;
  useEffect(() => {
    if (isNew) nameInput.current?.focus();
  }, [isNew]);

  const describe = (key: string) => ({ id: `client-${key}`, ...(errors[key] ? { 'aria-invalid': true, 'aria-describedby': `client-${key}-error` } : {}) });
  const error = (key: string) => (errors[key] ? <span id={`client-${key}-error`} className="field-error">{errors[key]}</span> : null);

  return (
    <form
      noValidate
      className="client-form"
      aria-label={client ? `Edit ${client.name}` : 'New client'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FormErrors error={failure} fieldOf={fieldOf} />
      <label>
        Name
        <input ref={nameInput} value={fields.name} onChange={(event) => set('name', event.target.value)} {...describe('name')} />
      </label>
      {error('name')}
      <label>
        Contact (optional)
        <input value={fields.contact} onChange={(event) => set('contact', event.target.value)} {...describe('contact')} />
      </label>
      {error('contact')}
      <label>
        Date of birth (optional)
        <input ref={birthInput} type="date" value={fields.dateOfBirth} onChange={(event) => set('dateOfBirth', event.target.value)} {...describe('dateOfBirth')} />
      </label>
      {error('dateOfBirth')}
      <label>
        Age band (if no date of birth)
        <select value={fields.ageBand ?? ''} onChange={(event) => set('ageBand', event.target.value === '' ? null : (event.target.value as AgeBand))}>
          <option value="">Not given</option>
          {ageBands.map((band) => (
            <option key={band} value={band}>
              {ageBandLabels[band]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Goals
        <textarea rows={2} value={fields.goals} onChange={(event) => set('goals', event.target.value)} {...describe('goals')} />
      </label>
      {error('goals')}
      <label>
        Notes
        <textarea rows={3} value={fields.notes} onChange={(event) => set('notes', event.target.value)} {...describe('notes')} />
      </label>
      {error('notes')}
      <label>
        Preferred pressure (1-10)
        <select
          value={fields.preferredPressure ?? ''}
          onChange={(event) => set('preferredPressure', event.target.value === '' ? null : Number(event.target.value))}
          {...describe('preferredPressure')}
        >
          <option value="">Not known yet</option>
          {Array.from({ length: 10 }, (_, index) => index + 1).map((level) => (
            <option key={level} value={level}>
              {level}
              {level === 7 ? ' (therapeutic edge)' : ''}
            </option>
          ))}
        </select>
      </label>
      <FieldError message={errors.preferredPressure} id="client-preferredPressure-error" />
      <label>
        Language for handouts
        <select
          value={fields.preferredLanguage ?? ''}
          onChange={(event) => {
            const chosen = event.target.value;
            setFields((current) => {
              const next = { ...current };
              if (chosen === '') delete next.preferredLanguage;
              else next.preferredLanguage = chosen as Language;
              return next;
            });
            onEdited?.();
          }}
          {...describe('preferredLanguage')}
        >
          <option value="">The clinic's usual language</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {languageChoiceLabel(language)}
            </option>
          ))}
        </select>
      </label>
      {error('preferredLanguage')}
      {sameNamed ? <SameNameQuestion existing={sameNamed} renaming={client !== null} paragraph={warning} onOpen={onOpenClient} onSave={() => void save(true)} /> : null}
      <div className="dialog__actions">
        <button type="submit" className="big-button big-button--primary">
          {client ? 'Save changes' : 'Create client'}
        </button>
        {conflict ? (
          <button type="button" className="big-button" onClick={onReload}>
            Load the latest version
          </button>
        ) : null}
      </div>
      <p role="status">{message}</p>
    </form>
  );
}

interface QuestionProps {
  existing: readonly ClientListing[];
  renaming: boolean;
  paragraph: RefObject<HTMLParagraphElement | null>;
  onOpen: ((clientId: string) => void) | undefined;
  onSave(): void;
}

/** "There is already a client called Ana Ruiz (born 3 May 1980). Save anyway as a second client?", with a way to each. */
function SameNameQuestion({ existing, renaming, paragraph, onOpen, onSave }: QuestionProps) {
  const told = tellApartAll(existing);
  return (
    <div className="client-form__same-name">
      <p ref={paragraph} tabIndex={-1} role="alert">
        {sameNameWarning(existing, renaming)}
      </p>
      <div className="dialog__actions">
        {onOpen
          ? existing.map((each) => (
              <button key={each.id} type="button" className="big-button" onClick={() => onOpen(each.id)}>
                Open {nameTold(each, told.get(each.id) ?? tellApart(each))}
              </button>
            ))
          : null}
        <button type="button" className="big-button" onClick={onSave}>
          {renaming ? 'Save anyway' : existing.length > 1 ? 'Save as another client' : 'Save as a second client'}
        </button>
      </div>
    </div>
  );
}
