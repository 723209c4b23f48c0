import { useEffect, useRef, useState, type FormEvent } from 'react';
import { cueSoundChoices, type CueSoundChoice } from '../../shared/app/app-settings';
import type { Plan } from '../../shared/plans/plan';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf } from '../bridge/errors';
import { KeyTables } from '../help/KeyTables';
import { useRoomSettings } from '../settings/useRoomSettings';
import type { AppSettingsView } from './app-settings';
import { previewSounds, soundsOf } from './cue-sound-preview';
import './welcome.css';

const soundNames: Record<CueSoundChoice, string> = {
  mixed: 'Each plan’s own mix (soft tone, singing bowl, bell)',
  bell: 'Bell',
  bowl: 'Singing bowl',
  soft: 'Soft tone',
  wood: 'Wood block',
  none: 'No sound: visual cues only',
};

interface Props {
  settings: AppSettingsView;
  /** `plansChanged`: the answers gave the plans a new sound, so screens showing plans reload them. */
  onDone(settings: AppSettingsView, plansChanged: boolean): void;
}

/** What the person typed before the stored value arrived wins over it. */
const keepTyped = (loaded: string | undefined) => (typed: string) => (typed === '' ? (loaded ?? '') : typed);

/**
 * The first-run welcome: the clinic header for handouts, the plan the room
 * offers first, the cue sound, and the keys. Skip (or Escape) changes nothing.
 * It offers no sample data, so nothing made up ever sits beside real clients.
 */
export function WelcomeDialog({ settings, onDone }: Props) {
  const bridge = useBridge();
  const dialog = useRef<HTMLDialogElement>(null);
  const [plans, setPlans] = useState<Plan[]>([]);
  const [clinicName, setClinicName] = useState('');
  const [clinicContact, setClinicContact] = useState('');
  const [therapistName, setTherapistName] = useState('');
  // The room's name as saved, until the person types another (shown again, the welcome shows what was kept).
  const savedRoomName = useRoomSettings().settings.roomName ?? '';
  const [typedRoomName, setRoomName] = useState<string | null>(null);
  const roomName = typedRoomName ?? savedRoomName;
  const [planId, setPlanId] = useState(settings.defaultPlanId ?? '');
  const [cueSound, setCueSound] = useState<CueSoundChoice>(settings.cueSound);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  // A welcome saved with no clinic header at all says so first, and saves on the second press.
  const [noHeaderWarned, setNoHeaderWarned] = useState(false);
  const stopPreview = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    Promise.all([bridge.invoke('plans.list', {}), bridge.invoke('handout.settings.get', {})])
      .then(([available, handout]) => {
        setPlans(available);
        setPlanId((current) => (available.some((plan) => plan.id === current) ? current : (available[0]?.id ?? '')));
        setClinicName(keepTyped(handout.clinic.name));
        setClinicContact(keepTyped(handout.clinic.contact));
        setTherapistName(keepTyped(handout.clinic.therapist));
        setLoaded(true);
      })
      .catch((reason: unknown) => setError(messageOf(reason)));
    return () => stopPreview.current();
  }, [bridge]);

  async function finish(action: () => Promise<AppSettingsView>, plansChanged: boolean): Promise<void> {
    try {
      stopPreview.current();
      const saved = await action();
      dialog.current?.close();
      onDone(saved, plansChanged);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  const noHeader = [clinicName, clinicContact, therapistName].every((value) => value.trim() === '');
  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (noHeader && !noHeaderWarned) {
      setNoHeaderWarned(true);
      return;
    }
    const plansChanged = cueSound !== 'mixed' && cueSound !== settings.cueSound;
    void finish(async () => {
      if (roomName.trim() !== savedRoomName) await bridge.invoke('settings.update', { roomName: roomName.trim() });
      return bridge.invoke('app.welcome.finish', { clinicName, clinicContact, therapistName, defaultPlanId: planId, cueSound });
    }, plansChanged);
  };
  const skip = (): void => void finish(() => bridge.invoke('app.welcome.skip', {}), false);
  const sounds = soundsOf(cueSound, plans.find((plan) => plan.id === planId));

  return (
    <dialog
      ref={dialog}
      className="dialog welcome"
      aria-labelledby="welcome-title"
      // Escape is Skip: the dialog stays in React's hands rather than closing by itself.
      onCancel={(event) => {
        event.preventDefault();
        skip();
      }}
      // Keys typed here must never reach the room behind (Space would start a session).
      onKeyDown={(event) => event.stopPropagation()}
    >
      <form onSubmit={save} className="welcome__form">
        <div className="welcome__intro">
          <h2 id="welcome-title">Welcome to Stillpoint</h2>
          <p>A few choices to make the first session yours. Everything here can be changed later; Skip leaves things as they are.</p>
          {error ? (
            <p role="alert" className="form-error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="welcome__choices">
          <fieldset>
            <legend>For the top of every handout</legend>
            <label>
              Clinic name
              <input value={clinicName} maxLength={200} onChange={(event) => setClinicName(event.target.value)} autoFocus />
            </label>
            <label>
              Contact (address, phone, web; one per line)
              <textarea value={clinicContact} maxLength={500} rows={2} onChange={(event) => setClinicContact(event.target.value)} />
            </label>
            <label>
              Your name, as the therapist
              <input value={therapistName} maxLength={200} onChange={(event) => setTherapistName(event.target.value)} />
            </label>
          </fieldset>
          <fieldset>
            <legend>In the room</legend>
            <label>
              This room’s name, if the clinic has several (for example “Room 2”)
              <input value={roomName} maxLength={40} onChange={(event) => setRoomName(event.target.value)} />
            </label>
            <label>
              Plan offered first
              <select value={planId} onChange={(event) => setPlanId(event.target.value)}>
                {plans.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {plan.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Sound at each phase change
              <select value={cueSound} onChange={(event) => setCueSound(event.target.value as CueSoundChoice)}>
                {cueSoundChoices.map((choice) => (
                  <option key={choice} value={choice}>
                    {soundNames[choice]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="small-button"
              disabled={sounds.length === 0}
              onClick={() => {
                stopPreview.current();
                stopPreview.current = previewSounds(sounds, 0.8);
              }}
            >
              Hear it
            </button>
            <p className="welcome__note">A single sound replaces the end-of-phase chime in every plan; each phase can still be changed under Plans.</p>
          </fieldset>
        </div>
        <section className="welcome__keys" aria-labelledby="welcome-keys">
          <h3 id="welcome-keys">The keys</h3>
          <p>Single keys run the session, so oily hands never need the mouse. A USB foot pedal or a presentation clicker sends Space, the arrows or Page Up / Page Down, so it works without set-up. Press ? in the room to see this list again.</p>
          <KeyTables />
        </section>
        <div className="dialog__actions welcome__actions">
          {noHeader && noHeaderWarned ? (
            <p role="alert" className="welcome__warning">
              No clinic name, contact or therapist name: handouts will start without a header. Save again to begin without one, or fill them in above.
            </p>
          ) : null}
          <button type="submit" className="big-button big-button--primary" disabled={!loaded || !planId}>
            {noHeader && noHeaderWarned ? 'Save without a clinic header' : 'Save and begin'}
          </button>
          <button type="button" className="big-button" onClick={skip}>
            Skip
          </button>
        </div>
      </form>
    </dialog>
  );
}
