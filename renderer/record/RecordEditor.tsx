import { useState } from 'react';
import { effectiveRecord, isSigned, soapFields, soapLabels, type Soap } from '../../shared/record/record';
import { soapDraft } from '../../shared/record/soap';
import type { Session } from '../../shared/session/session';
import { bridge } from '../bridge/bridge';
import { fieldErrors, messageOf } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { AmendForm } from './AmendForm';
import { RecordFacts } from './RecordFacts';
import { dateAndTime } from '../../shared/i18n/clock';

interface Props {
  session: Session;
  onSession(session: Session): void;
}


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

function DraftRecord({ session, onSession }: Props) {
  const saved = session.record;
  const [painAfter, setPainAfter] = useState(saved?.painAfter != null ? String(saved.painAfter) : '');
  const [soap, setSoap] = useState<Soap>(saved?.soap ?? soapDraft(session, null));
  const [by, setBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const pain = painAfter === '' ? null : Number(painAfter);

  async function run(action: () => Promise<Session>, done: string): Promise<void> {
    try {
      onSession(await action());
      setErrors({});
      setMessage(done);
    } catch (reason) {
      setErrors(fieldErrors(reason));
      setMessage(messageOf(reason));
    }
  }

  return (
    <form
      noValidate
      className="record__form"
      onKeyDown={(event) => event.stopPropagation()}
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => bridge.invoke('record.sign', { sessionId: session.id, painAfter: pain ?? Number.NaN, soap, by }), 'Signed.');
      }}
    >
      <label>
        Pain after (0-10)
        <input type="number" min={0} max={10} value={painAfter} onChange={(event) => setPainAfter(event.target.value)} aria-invalid={Boolean(errors.painAfter)} />
      </label>
      <FieldError message={errors.painAfter} />
      <button type="button" className="small-button" onClick={() => setSoap(soapDraft(session, pain))}>
        Redraft the note from this session
      </button>
      {soapFields.map((field) => (
        <div key={field}>
          <label>
            {soapLabels[field]}
            <textarea rows={3} value={soap[field]} maxLength={4000} onChange={(event) => setSoap({ ...soap, [field]: event.target.value })} />
          </label>
          <FieldError message={errors[`soap.${field}`]} />
        </div>
      ))}
      <label>
        Your name (signature)
        <input value={by} maxLength={80} onChange={(event) => setBy(event.target.value)} autoComplete="name" />
      </label>
      <FieldError message={errors.by} />
      <div className="record__actions">
        <button
          type="button"
          className="big-button"
          onClick={() => void run(() => bridge.invoke('record.save', { sessionId: session.id, painAfter: pain, soap }), 'Draft saved.')}
        >
          Save draft
        </button>
        <button type="submit" className="big-button big-button--primary">
          Sign record
        </button>
      </div>
      <p role="status">{message}</p>
    </form>
  );
}

function SignedRecord({ session, onSession }: Props) {
  const record = session.record!;
  const effective = effectiveRecord(record);
  return (
    <div className="record__signed">
      <p className="record__signature">
        Signed by {record.signature!.by} on {dateAndTime(record.signature!.at)}. Locked: changes are added as amendments.
      </p>
      <p>Pain after: {effective.painAfter ?? 'not recorded'}/10</p>
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
            <p>Pain after as signed: {record.painAfter ?? 'not recorded'}/10</p>
          </details>
        </section>
      ) : null}
      <AmendForm session={session} onSession={onSession} />
    </div>
  );
}
