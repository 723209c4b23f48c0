import { useState } from 'react';
import { soapFields, soapLabels, type SoapField } from '../../shared/record/record';
import type { Session } from '../../shared/session/session';
import { useBridge } from '../bridge/BridgeContext';
import { described, fieldErrors } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { FormErrors, type FormField } from '../forms/FormErrors';
import { wholeDigits } from '../forms/whole-digits';

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
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrors(failure);
  // The amended part's box takes the message for the text or the pain after, whichever is being amended.
  const textKey = field === 'painAfter' ? 'painAfter' : 'text';
  const amendFields: Record<string, FormField> = {
    [textKey]: { id: 'amend-text', label: field === 'painAfter' ? 'Corrected pain after' : 'Amended text' },
    reason: { id: 'amend-reason', label: 'Reason' },
    by: { id: 'amend-by', label: 'Your name' },
  };

  async function amend(): Promise<void> {
    try {
      const request =
        field === 'painAfter'
          ? { sessionId: session.id, by, reason, field, painAfter: wholeDigits(text) ? Number(text) : Number.NaN }
          : { sessionId: session.id, by, reason, field, text };
      onSession(await bridge.invoke('record.amend', request));
      setText('');
      setReason('');
      setFailure(null);
      setDone('Amendment added.');
    } catch (reason) {
      setFailure(reason);
      setDone(null);
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
      <FormErrors error={failure} fieldOf={(path) => amendFields[path]} />
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
          <input id="amend-text" type="number" min={0} max={10} value={text} onChange={(event) => setText(event.target.value)} {...described(errors, textKey, 'amend-text-error')} />
        ) : (
          <textarea id="amend-text" rows={2} maxLength={4000} value={text} onChange={(event) => setText(event.target.value)} {...described(errors, textKey, 'amend-text-error')} />
        )}
      </label>
      <FieldError id="amend-text-error" message={errors[textKey]} />
      <label>
        Reason
        <input id="amend-reason" value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} {...described(errors, 'reason', 'amend-reason-error')} />
      </label>
      <FieldError id="amend-reason-error" message={errors.reason} />
      <label>
        Your name
        <input id="amend-by" value={by} maxLength={80} onChange={(event) => setBy(event.target.value)} {...described(errors, 'by', 'amend-by-error')} />
      </label>
      <FieldError id="amend-by-error" message={errors.by} />
      <button type="submit" className="big-button">
        Add amendment
      </button>
      <p role="status">{done}</p>
    </form>
  );
}
