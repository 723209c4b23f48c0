import { useEffect, useRef, useState } from 'react';
import { ContractError } from '../../shared/contract/errors';
import { effectiveRecord, isSigned, soapFields, soapLabels, type Soap } from '../../shared/record/record';
import { assessmentAfterPainChange, statesPainAfter, withPainAfter } from '../../shared/record/pain-after';
import { painScore } from '../../shared/record/pain-words';
import { soapDraft } from '../../shared/record/soap';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { described, fieldErrors } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { FormErrors, type FormField } from '../forms/FormErrors';
import { useTakesLostFocus } from '../forms/useTakesLostFocus';
import { wholeDigits } from '../forms/whole-digits';
import { AmendForm } from './AmendForm';
import { RecordFacts } from './RecordFacts';
import { dateAndTime } from '../../shared/i18n/clock';

interface Props {
  session: Session;
  onSession(session: Session): void;
}


/** A pain score as typed, or null while the field is empty or not yet a score. */
function painValue(text: string): number | null {
  const value = Number(text);
  return wholeDigits(text) && value >= 0 && value <= 10 ? value : null;
}

const PAIN_WORDS = 'Pain is a whole number from 0 to 10.';

/** The wrap-up record: pain after, the SOAP note drafted from the session, then signed and locked. */
export function RecordEditor({ session, onSession }: Props) {
  const record = session.record;
  return (
    <section className="record" aria-labelledby={`record-${session.id}`}>
      <h2 id={`record-${session.id}`}>Session record, {dateAndTime(session.createdAt)}</h2>
      <RecordFacts session={session} />
      {record && isSigned(record) ? <SignedRecord session={session} onSession={onSession} /> : <DraftRecord session={session} onSession={onSession} />}
    </section>
  );
}

/** Where the draft shows each issue of record.save and record.sign, and the field's label as the therapist reads it. */
const draftFields: Record<string, FormField> = {
  painAfter: { id: 'record-pain-after', label: 'Pain after' },
  by: { id: 'record-by', label: 'Your name (signature)' },
  ...Object.fromEntries(soapFields.map((field) => [`soap.${field}`, { id: `record-soap-${field}`, label: soapLabels[field] }])),
};

function DraftRecord({ session, onSession }: Props) {
  const bridge = useBridge();
  const saved = session.record;
  const [painAfter, setPainAfter] = useState(saved?.painAfter != null ? String(saved.painAfter) : '');
  const [soap, setSoap] = useState<Soap>(saved?.soap ?? soapDraft(session, null));
  const [by, setBy] = useState('');
  // Finished by keys, the finish question took the focus with it: the record's first question takes it.
  const painField = useTakesLostFocus<HTMLInputElement>();
  const assessmentField = useRef<HTMLTextAreaElement>(null);
  // The saved draft this window edits: a save from another window since then is refused, not overwritten.
  const [basedOn, setBasedOn] = useState(saved?.savedAt ?? null);
  // The therapist named in the clinic details usually signs; a name already typed stays.
  useEffect(() => {
    bridge.invoke('handout.settings.get', {}).then(
      (settings) => setBy((typed) => typed || settings.clinic.therapist || ''),
      () => undefined,
    );
  }, [bridge]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrors(failure);
  const [confirmSign, setConfirmSign] = useState(false);
  const pain = painValue(painAfter);
  // As typed, for the back end to check: a score out of range is refused beside the field, never saved as none.
  const typedPain = painAfter.trim() === '' ? null : Number(painAfter);
  // An edited assessment that does not give today's pain after: offered an update, never signed without a word.
  const painUnstated = pain !== null && !statesPainAfter(soap.assessment, pain);

  function changePain(text: string): void {
    setPainAfter(text);
    setConfirmSign(false);
    setSoap((current) => ({ ...current, assessment: assessmentAfterPainChange(current.assessment, session, pain, painValue(text)).assessment }));
  }

  const withPain = (): Soap => (pain === null ? soap : { ...soap, assessment: withPainAfter(soap.assessment, session, pain) });
  const sign = (note: Soap): Promise<void> =>
    run(() => bridge.invoke('record.sign', { sessionId: session.id, painAfter: typedPain ?? Number.NaN, soap: note, by, basedOn }), 'Signed.');

  async function run(action: () => Promise<Session>, done: string): Promise<void> {
    if (painAfter.trim() !== '' && !wholeDigits(painAfter)) {
      setFailure(new ContractError({ code: 'invalid-request', message: PAIN_WORDS, issues: [{ path: 'painAfter', message: PAIN_WORDS }] }));
      setDone(null);
      return;
    }
    try {
      const next = await action();
      setBasedOn(next.record?.savedAt ?? null);
      onSession(next);
      setFailure(null);
      setDone(done);
    } catch (reason) {
      setFailure(reason);
      setDone(null);
    }
  }

  return (
    <form
      noValidate
      className="record__form"
      onKeyDown={(event) => event.stopPropagation()}
      onSubmit={(event) => {
        event.preventDefault();
        if (painUnstated) setConfirmSign(true);
        else void sign(soap);
      }}
    >
      <FormErrors error={failure} fieldOf={(path) => draftFields[path]} />
      <label>
        Pain after (0-10)
        <input
          id="record-pain-after"
          ref={painField}
          type="number"
          min={0}
          max={10}
          value={painAfter}
          onChange={(event) => changePain(event.target.value)}
          {...described(errors, 'painAfter', 'record-pain-after-error')}
        />
      </label>
      <FieldError id="record-pain-after-error" message={errors.painAfter} />
      <button type="button" className="small-button" onClick={() => setSoap(soapDraft(session, pain))}>
        Redraft the note from this session
      </button>
      {soapFields.map((field) => (
        <div key={field}>
          <label>
            {soapLabels[field]}
            <textarea
              id={`record-soap-${field}`}
              ref={field === 'assessment' ? assessmentField : undefined}
              rows={3}
              value={soap[field]}
              maxLength={4000}
              onChange={(event) => setSoap({ ...soap, [field]: event.target.value })}
              {...described(errors, `soap.${field}`, `record-soap-${field}-error`)}
            />
          </label>
          <FieldError id={`record-soap-${field}-error`} message={errors[`soap.${field}`]} />
          {field === 'assessment' && painUnstated ? (
            <p className="record__pain-notice">
              Pain after is now {pain}/10; the Assessment, as you edited it, does not say so.{' '}
              <button
                type="button"
                className="small-button"
                onClick={() => {
                  setSoap(withPain());
                  // The notice and its button go once the Assessment says the pain: the Assessment takes the focus.
                  assessmentField.current?.focus();
                }}
              >
                Add pain after to the Assessment
              </button>
            </p>
          ) : null}
        </div>
      ))}
      <label>
        Your name (signature)
        <input id="record-by" value={by} maxLength={80} onChange={(event) => setBy(event.target.value)} autoComplete="name" {...described(errors, 'by', 'record-by-error')} />
      </label>
      <FieldError id="record-by-error" message={errors.by} />
      <div className="record__actions">
        <button
          type="button"
          className="big-button"
          onClick={() => void run(() => bridge.invoke('record.save', { sessionId: session.id, painAfter: typedPain, soap, basedOn }), 'Draft saved.')}
        >
          Save draft
        </button>
        <button type="submit" className="big-button big-button--primary">
          Sign record
        </button>
      </div>
      {confirmSign && painUnstated ? (
        <div role="alert" className="record__confirm">
          <p>The Assessment does not give pain after ({pain}/10).</p>
          <button type="button" className="big-button big-button--primary" onClick={() => void sign(withPain())}>
            Add it and sign
          </button>
          <button type="button" className="big-button" onClick={() => void sign(soap)}>
            Sign as written
          </button>
        </div>
      ) : null}
      <p role="status">{done}</p>
    </form>
  );
}

function SignedRecord({ session, onSession }: Props) {
  const record = session.record!;
  const effective = effectiveRecord(record);
  // Signed here, the form the focus was in has gone: the line saying who signed takes it.
  const signature = useTakesLostFocus<HTMLParagraphElement>();
  return (
    <div className="record__signed">
      <p className="record__signature" ref={signature} tabIndex={-1}>
        Signed by {record.signature!.by} on {dateAndTime(record.signature!.at)}. Locked: changes are added as amendments.
      </p>
      <p>Pain after: {painScore(effective.painAfter)}</p>
      <dl className="record__soap">
        {soapFields.map((field) => (
          <div key={field}>
            <dt>{soapLabels[field]}</dt>
            <dd>{effective.soap[field]}</dd>
          </div>
        ))}
      </dl>
      {record.amendments.length > 0 ? (
        <section aria-label="Amendments">
          <h3>Amendments</h3>
          <ol className="record__amendments">
            {record.amendments.map((amendment, index) => (
              <li key={index}>
                {dateAndTime(amendment.at)}, {amendment.by}: {amendment.field === 'painAfter' ? `pain after → ${amendment.painAfter}/10` : `${soapLabels[amendment.field]} → ${amendment.text}`} (
                {amendment.reason})
              </li>
            ))}
          </ol>
          <details>
            <summary>The note as signed</summary>
            <dl className="record__soap">
              {soapFields.map((field) => (
                <div key={field}>
                  <dt>{soapLabels[field]}</dt>
                  <dd>{record.soap[field]}</dd>
                </div>
              ))}
            </dl>
            <p>Pain after as signed: {painScore(record.painAfter)}</p>
          </details>
        </section>
      ) : null}
      <AmendForm session={session} onSession={onSession} />
    </div>
  );
}
