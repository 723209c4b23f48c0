import { useMemo, useState } from 'react';
import { composeHandout } from '../../shared/handout/compose';
import { handoutSourceFromSession } from '../../shared/handout/from-session';
import { therapistLibrary } from '../../shared/handout/library';
import { suggestsDeepWork } from '../../shared/handout/source';
import { defaultTemplate } from '../../shared/handout/template';
import { ClinicSettings } from './ClinicSettings';
import { draftFrom, type Draft } from './draft';
import { GivenHandouts } from './GivenHandouts';
import { HandoutEditor } from './HandoutEditor';
import { StretchLibraryEditor } from './StretchLibraryEditor';
import { TemplatesEditor } from './TemplatesEditor';
import { useHandoutSetup } from './useHandoutSetup';
import { detailsToExtras, emptyDetails, type WrapUpDetails } from './wrap-up';
import { WrapUpForm } from './WrapUpForm';
import './handout-screen.css';

type Tab = 'write' | 'setup';

/** Wrap-up: write the client's aftercare sheet from this session, check it, print or save it. */
export function HandoutView() {
  const setup = useHandoutSetup();
  const [tab, setTab] = useState<Tab>('write');
  const [details, setDetails] = useState<WrapUpDetails | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const library = useMemo(() => therapistLibrary(setup.settings), [setup.settings]);
  const current = details ?? emptyDetails(setup.session);

  function write(): void {
    const template = setup.templates.find((each) => each.id === current.templateId) ?? defaultTemplate;
    const { clinic } = setup.settings;
    const extras = detailsToExtras(
      current,
      { clinicName: clinic.name, contact: clinic.contact, therapist: clinic.therapist, logo: clinic.logo },
      suggestsDeepWork,
    );
    setDraft(draftFrom(composeHandout(handoutSourceFromSession(setup.session, extras), template, { library })));
  }

  if (!setup.loaded) return null;
  return (
    <div className="handout-screen">
      <h1 className="visually-hidden">Aftercare handout</h1>
      {setup.error ? (
        <div role="alert" className="error-banner">
          {setup.error}
          <button type="button" className="error-banner__close" onClick={() => setup.setError(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="handout-screen__tabs" role="tablist" aria-label="Handout">
        <button type="button" role="tab" aria-selected={tab === 'write'} onClick={() => setTab('write')}>
          Write a handout
        </button>
        <button type="button" role="tab" aria-selected={tab === 'setup'} onClick={() => setTab('setup')}>
          Clinic, templates and stretches
        </button>
      </div>

      {tab === 'write' ? (
        <div role="tabpanel" aria-label="Write a handout">
          {setup.session ? null : <p className="handout-screen__hint">No session yet: fill in the details by hand.</p>}
          {draft ? (
            <HandoutEditor
              draft={draft}
              onDraft={setDraft}
              library={library}
              sessionId={setup.session?.id}
              onBack={() => setDraft(null)}
              onGiven={() => void setup.refreshSession()}
              onError={setup.setError}
            />
          ) : (
            <WrapUpForm details={current} onChange={setDetails} templates={setup.templates} onWrite={write} />
          )}
          <GivenHandouts given={setup.session?.handouts ?? []} onError={setup.setError} />
        </div>
      ) : (
        <div role="tabpanel" aria-label="Clinic, templates and stretches" className="handout-setup">
          <ClinicSettings settings={setup.settings} onSave={setup.saveSettings} />
          <TemplatesEditor templates={setup.templates} onSave={setup.saveTemplate} onDelete={setup.deleteTemplate} />
          <StretchLibraryEditor settings={setup.settings} onSave={setup.saveSettings} />
        </div>
      )}
    </div>
  );
}
