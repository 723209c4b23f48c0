import { useRef, useState } from 'react';
import { ContractError } from '../../shared/contract/errors';
import { effectiveRecord, soapFields, soapLabels, type SoapField } from '../../shared/record/record';
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

type Part = SoapField | 'painAfter';

/** A part of the record as it reads now, amendments applied: the text the therapist starts an amendment from. */
function currentText(session: Session, part: Part): string {
  if (!session.record) return '';
  const record = effectiveRecord(session.record);
  if (part === 'painAfter') return record.painAfter === null ? '' : String(record.painAfter);
  return record.soap[part];
}

/**
 * Adds a dated amendment to a signed record; the signed text is kept. The box
 * starts with the chosen part as it reads now, so an amendment is an edit of
 * that text rather than a replacement typed from nothing.
 */
export function AmendForm({ session, onSession }: Props) {
  const bridge = useBridge();
  const [field, setField] = useState<Part>(soapFields[0]);
  const [text, setText] = useState(() => currentText(session, soapFields[0]));
  const [reason, setReason] = useState('');
  const [by, setBy] = useState(session.record?.signature?.by ?? '');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  // One amendment at a time: a second click while the first is on its way adds nothing.
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const errors = fieldErrors(failure);
  // The amended part's box takes the message for the text or the pain after, whichever is being amended.
  const textKey = field === 'painAfter' ? 'painAfter' : 'text';
  const amendFields: Record<string, FormField> = {
    [textKey]: { id: 'amend-text', label: field === 'painAfter' ? 'Corrected pain after' : 'Amended text' },
    reason: { id: 'amend-reason', label: 'Reason' },
    by: { id: 'amend-by', label: 'Your name' },
  };

  function choose(part: Part): void {
    setField(part);
    setText(currentText(session, part));
  }

  async function amend(): Promise<void> {
    if (sending.current) return;
    // An amendment that changes nothing would only clutter the record (a blank score is the back end's to refuse).
    if (text === currentText(session, field) && !(field === 'painAfter' && text === '')) {
      const said =
        field === 'painAfter'
          ? `Pain after already reads ${text}/10: give the corrected score, then add the amendment.`
          : `The ${soapLabels[field]} section reads the same as before: change its text, then add the amendment.`;
      setFailure(new ContractError({ code: 'invalid-request', message: said, issues: [{ path: textKey, message: said }] }));
      setDone(null);
      return;
    }
    sending.current = true;
    setBusy(true);
    try {
      const request =
        field === 'painAfter'
          ? { sessionId: session.id, by, reason, field, painAfter: wholeDigits(text) ? Number(text) : Number.NaN }
          : { sessionId: session.id, by, reason, field, text };
      const amended = await bridge.invoke('record.amend', request);
      onSession(amended);
      setText(currentText(amended, field));
      setReason('');
      setFailure(null);
      setDone('Amendment added.');
    } catch (reason) {
      setFailure(reason);
      setDone(null);
    } finally {
      sending.current = false;
      setBusy(false);
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
        <select value={field} onChange={(event) => choose(event.target.value as Part)}>
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
      <button type="submit" className="big-button" aria-disabled={busy} aria-busy={busy}>
        Add amendment
      </button>
      <p role="status">{done}</p>
    </form>
  );
}
