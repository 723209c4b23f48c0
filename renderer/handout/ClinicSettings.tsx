import { useState, type ChangeEvent, type FormEvent } from 'react';
import { logoProblem, MAX_LOGO_BYTES } from '../../shared/handout/logo';
import type { HandoutSettings } from './useHandoutSetup';

interface Props {
  settings: HandoutSettings;
  onSave(settings: HandoutSettings): Promise<boolean>;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The header every handout carries: clinic, contact, therapist, and an optional logo. */
export function ClinicSettings({ settings, onSave }: Props) {
  const [clinic, setClinic] = useState(settings.clinic);
  const [logoMessage, setLogoMessage] = useState('');
  const [saved, setSaved] = useState('');

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setLogoMessage(`That image is too large (at most ${MAX_LOGO_BYTES / 1024} KB).`);
      return;
    }
    const dataUrl = await readAsDataUrl(file);
    const problem = logoProblem(dataUrl);
    setLogoMessage(problem ?? 'Logo ready; save to keep it.');
    if (!problem) setClinic({ ...clinic, logo: dataUrl });
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const tidy = Object.fromEntries(Object.entries(clinic).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
    if (await onSave({ ...settings, clinic: tidy })) {
      setSaved('Clinic details saved.');
      setLogoMessage('');
    }
  }

  return (
    <form className="settings-card" aria-label="Clinic details" onSubmit={(event) => void submit(event)}>
      <h2>Clinic details</h2>
      <label className="field">
        <span>Clinic name</span>
        <input value={clinic.name ?? ''} maxLength={200} onChange={(event) => setClinic({ ...clinic, name: event.target.value })} />
      </label>
      <label className="field">
        <span>Contact (address, phone, email)</span>
        <textarea rows={2} maxLength={500} value={clinic.contact ?? ''} onChange={(event) => setClinic({ ...clinic, contact: event.target.value })} />
      </label>
      <label className="field">
        <span>Therapist name</span>
        <input value={clinic.therapist ?? ''} maxLength={200} onChange={(event) => setClinic({ ...clinic, therapist: event.target.value })} />
      </label>
      <div className="logo-edit">
        {clinic.logo ? <img className="logo-edit__image" src={clinic.logo} alt="Current logo" /> : null}
        <label className="field">
          <span>Logo (PNG, JPEG or SVG, up to {MAX_LOGO_BYTES / 1024} KB)</span>
          <input type="file" accept="image/png,image/jpeg,image/svg+xml" onChange={(event) => void chooseLogo(event)} />
        </label>
        {clinic.logo ? (
          <button type="button" className="link-button" onClick={() => setClinic({ ...clinic, logo: undefined })}>
            Remove logo
          </button>
        ) : null}
        {logoMessage ? <p role="status">{logoMessage}</p> : null}
      </div>
      <button type="submit" className="big-button big-button--primary">
        Save clinic details
      </button>
      <p role="status">{saved}</p>
    </form>
  );
}
