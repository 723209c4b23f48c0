import { useState } from 'react';
import { soapFields, soapLabels, type SoapField } from '../../shared/record/record';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { fieldErrors, messageOf } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';

interface Props {
  session: Session;
  onSession(session: Session): void;
}

/** Adds a dated amendment to a signed record; the signed text is kept. */
export function AmendForm({ session, onSession }: Props) {
  const bridge = useBridge();
  const [field, setField] = useState<SoapField | 'painAfter'>('plan');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [by, setBy] = useState(session.record?.signature?.by ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function amend(): Promise<void> {
    try {
      const request =
        field === 'painAfter'
          ? { sessionId: session.id, by, reason, field, painAfter: text === '' ? Number.NaN : Number(text) }
          : { sessionId: session.id, by, reason, field, text };
      onSession(await bridge.invoke('record.amend', request));
      setText('');
      setReason('');
      setErrors({});
      setMessage('Amendment added.');
    } catch (reason) {
      setErrors(fieldErrors(reason));
      setMessage(messageOf(reason));
    }
  }

  return (
    <form
      noValidate
      className="amend"
      aria-label="Amend the record"
      onKeyDown={(event) => event.stopPropagation()}
      onSubmit={(event) => {
        event.preventDefault();
        void amend();
      }}
    >
      <h3>Amend</h3>
      <label>
        Part to amend
        <select value={field} onChange={(event) => setField(event.target.value as SoapField | 'painAfter')}>
          {soapFields.map((each) => (
            <option key={each} value={each}>
              {soapLabels[each]}
            </option>
          ))}
          <option value="painAfter">Pain after</option>
        </select>
      </label>
      <label>
        {field === 'painAfter' ? 'Corrected pain after (0-10)' : 'Amended text'}
        {field === 'painAfter' ? (
          <input type="number" min={0} max={10} value={text} onChange={(event) => setText(event.target.value)} />
        ) : (
          <textarea rows={2} maxLength={4000} value={text} onChange={(event) => setText(event.target.value)} />
        )}
      </label>
      <FieldError message={errors[field === 'painAfter' ? 'painAfter' : 'text']} />
      <label>
        Reason
        <input value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </label>
      <FieldError message={errors.reason} />
      <label>
        Your name
        <input value={by} maxLength={80} onChange={(event) => setBy(event.target.value)} />
      </label>
      <FieldError message={errors.by} />
      <button type="submit" className="big-button">
        Add amendment
      </button>
      <p role="status">{message}</p>
    </form>
  );
}
