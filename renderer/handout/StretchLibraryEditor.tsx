import { useState, type FormEvent } from 'react';
import { bodyRegions, regionLabel, type RegionId } from '../../shared/body/regions';
import { pathSteps, unplacedMessage } from '../../shared/contract/plain-issues';
import { stretchLibrary } from '../../shared/handout/content/stretches';
import type { CustomStretch } from '../../shared/handout/library';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages';
import { described, fieldErrors } from '../bridge/errors';
import { FieldError } from '../clients/FieldError';
import { FormErrors, type FormField } from '../forms/FormErrors';
import { useTakesLostFocus } from '../forms/useTakesLostFocus';
import { CustomStretchVersion } from './CustomStretchVersion';
import { withStretchAdded, type HandoutSettings } from './useHandoutSetup';

interface Props {
  settings: HandoutSettings;
  onSave(settings: HandoutSettings): Promise<boolean>;
  /** Resolves to null once the new stretch is saved, or to what went wrong. */
  onAdd(stretch: CustomStretch): Promise<unknown>;
}

const stretchFields: Readonly<Record<string, FormField>> = {
  name: { id: 'stretch-name', label: 'Name' },
  regions: { id: 'stretch-regions', label: 'Regions it helps' },
  steps: { id: 'stretch-steps', label: 'Steps' },
  holdSeconds: { id: 'stretch-hold', label: 'Hold (seconds)' },
  repetitions: { id: 'stretch-repetitions', label: 'Repetitions' },
  caution: { id: 'stretch-caution', label: 'Caution' },
  diagramFrom: { id: 'stretch-drawing', label: 'Drawing' },
};

/** A field of the new stretch's form from an issue's path ("customStretches.2.steps.0" → the steps). */
const fieldKey = (path: string): string => /^customStretches\.\d+\.(\w+)/.exec(path)?.[1] ?? '';

const blank = { name: '', regions: [] as RegionId[], steps: '', holdSeconds: '20', repetitions: '2', perSide: false, caution: '', diagramFrom: '' };

/** Hide built-in stretches the therapist does not give, and add their own. */
export function StretchLibraryEditor({ settings, onSave, onAdd }: Props) {
  const [form, setForm] = useState(blank);
  // The form starts afresh once a stretch is added, its button disabled: the new entry takes the focus.
  const [added, setAdded] = useState<string | null>(null);
  const addedEntry = useTakesLostFocus<HTMLLIElement>(added);
  // Why the last add was refused, with the set-up it sent (which names the place of each message).
  const [refused, setRefused] = useState<{ failure: unknown; sent: HandoutSettings } | null>(null);
  const failure = refused?.failure ?? null;
  // Reversed, so the first message about a field is the one kept; beside its field a message needs no "Stretch 5, …".
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(failure))
      .reverse()
      .map(([path, message]) => [fieldKey(path), unplacedMessage(refused?.sent, pathSteps(path), message)]),
  );
  const fieldProps = (key: string) => ({ id: stretchFields[key]?.id, ...described(errors, key, `${stretchFields[key]?.id}-error`) });
  const message = (key: string) => <FieldError id={`${stretchFields[key]?.id}-error`} message={errors[key]} />;
  const hidden = new Set(settings.hiddenStretchIds);
  const usual = settings.clinic.language ?? DEFAULT_LANGUAGE;
  const replace = (stretch: CustomStretch): Promise<boolean> =>
    onSave({ ...settings, customStretches: settings.customStretches.map((each) => (each.id === stretch.id ? stretch : each)) });

  const toggleHidden = (id: string, shown: boolean): void =>
    void onSave({ ...settings, hiddenStretchIds: shown ? settings.hiddenStretchIds.filter((each) => each !== id) : [...settings.hiddenStretchIds, id] });

  async function addCustom(event: FormEvent): Promise<void> {
    event.preventDefault();
    const stretch: CustomStretch = {
      id: `custom-${Date.now().toString(36)}`,
      name: form.name.trim(),
      regions: form.regions,
      steps: form.steps.split('\n').map((step) => step.trim()).filter(Boolean),
      holdSeconds: Number(form.holdSeconds),
      repetitions: Number(form.repetitions),
      perSide: form.perSide,
      ...(form.caution.trim() ? { caution: form.caution.trim() } : {}),
      ...(form.diagramFrom ? { diagramFrom: form.diagramFrom } : {}),
    };
    const sent = withStretchAdded(settings, stretch);
    const refusal = await onAdd(stretch);
    setRefused(refusal ? { failure: refusal, sent } : null);
    if (refusal) return;
    setForm(blank);
    setAdded(stretch.id);
  }

  return (
    <div className="settings-card">
      <h2>Stretch library</h2>
      <fieldset>
        <legend>Built-in stretches offered on handouts</legend>
        <div className="region-checks">
          {stretchLibrary.map((stretch) => (
            <label key={stretch.id} className="check check--small">
              <input type="checkbox" checked={!hidden.has(stretch.id)} onChange={(event) => toggleHidden(stretch.id, event.target.checked)} />
              {stretch.name} ({regionLabel(stretch.regions[0] as RegionId).toLowerCase()})
            </label>
          ))}
        </div>
      </fieldset>

      {settings.customStretches.length > 0 ? (
        <ul aria-label="Your own stretches">
          {settings.customStretches.map((stretch) => (
            <li key={stretch.id} ref={stretch.id === added ? addedEntry : undefined} tabIndex={-1}>
              {stretch.name}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Delete ${stretch.name}`}
                onClick={() => void onSave({ ...settings, customStretches: settings.customStretches.filter((each) => each.id !== stretch.id) })}
              >
                Delete
              </button>
              <CustomStretchVersion stretch={stretch} usual={usual} onSave={replace} />
            </li>
          ))}
        </ul>
      ) : null}

      <form noValidate aria-label="Add your own stretch" onSubmit={(event) => void addCustom(event)}>
        <h3>Add your own stretch</h3>
        <FormErrors error={failure} fieldOf={(path) => stretchFields[fieldKey(path)]} />
        <label className="field">
          <span>Name</span>
          <input required maxLength={120} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} {...fieldProps('name')} />
        </label>
        {message('name')}
        <fieldset id={stretchFields.regions?.id} tabIndex={-1}>
          <legend>Regions it helps</legend>
          <div className="region-checks">
            {bodyRegions.map((region) => (
              <label key={region.id} className="check check--small">
                <input
                  type="checkbox"
                  checked={form.regions.includes(region.id)}
                  onChange={(event) =>
                    setForm({ ...form, regions: event.target.checked ? [...form.regions, region.id] : form.regions.filter((each) => each !== region.id) })
                  }
                />
                {region.label}
              </label>
            ))}
          </div>
          {message('regions')}
        </fieldset>
        <label className="field">
          <span>Steps, one per line</span>
          <textarea required rows={4} value={form.steps} onChange={(event) => setForm({ ...form, steps: event.target.value })} {...fieldProps('steps')} />
        </label>
        {message('steps')}
        <div className="wrap-up__row">
          <label className="field">
            <span>Hold (seconds)</span>
            <input
              type="number"
              min={1}
              max={600}
              required
              value={form.holdSeconds}
              onChange={(event) => setForm({ ...form, holdSeconds: event.target.value })}
              {...fieldProps('holdSeconds')}
            />
          </label>
          <label className="field">
            <span>Repetitions</span>
            <input
              type="number"
              min={1}
              max={30}
              required
              value={form.repetitions}
              onChange={(event) => setForm({ ...form, repetitions: event.target.value })}
              {...fieldProps('repetitions')}
            />
          </label>
          <label className="check">
            <input type="checkbox" checked={form.perSide} onChange={(event) => setForm({ ...form, perSide: event.target.checked })} />
            On each side
          </label>
        </div>
        {message('holdSeconds')}
        {message('repetitions')}
        <label className="field">
          <span>Caution (optional)</span>
          <input maxLength={500} value={form.caution} onChange={(event) => setForm({ ...form, caution: event.target.value })} {...fieldProps('caution')} />
        </label>
        {message('caution')}
        <label className="field">
          <span>Drawing</span>
          <select aria-label="Drawing" value={form.diagramFrom} onChange={(event) => setForm({ ...form, diagramFrom: event.target.value })} {...fieldProps('diagramFrom')}>
            <option value="">No drawing</option>
            {stretchLibrary.map((stretch) => (
              <option key={stretch.id} value={stretch.id}>
                Borrow: {stretch.name}
              </option>
            ))}
          </select>
        </label>
        {message('diagramFrom')}
        {/* A disabled button says nothing by itself: why it waits is said beside it. */}
        <button
          type="submit"
          className="big-button"
          disabled={form.regions.length === 0}
          aria-describedby={form.regions.length === 0 ? 'stretch-add-waits' : undefined}
        >
          Add stretch to the library
        </button>
        {form.regions.length === 0 ? (
          <p id="stretch-add-waits">
            Tick at least one region it helps, then add it.
          </p>
        ) : null}
      </form>
    </div>
  );
}
