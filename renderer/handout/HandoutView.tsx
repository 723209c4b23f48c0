import { useMemo, useState } from 'react';
import { composeHandout } from '../../shared/handout/compose';
import { handoutSourceFromSession } from '../../shared/handout/from-session';
import { therapistLibrary, type LibraryStretch } from '../../shared/handout/library';
import { untranslatedClinicTexts } from '../../shared/handout/clinic-texts';
import { defaultTemplate, type HandoutTemplate } from '../../shared/handout/template';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages';
import { useTwoVersions, type TwoVersionsWaiting } from '../sync/useTwoVersions';
import { ClinicSettings } from './ClinicSettings';
import { draftFrom, type Draft } from './draft';
import { GivenHandouts } from './GivenHandouts';
import { HandoutEditor } from './HandoutEditor';
import { SessionPicker } from './SessionPicker';
import { ClinicKeptVersions, ClinicTwoVersions, TemplateTwoVersions } from './SharedTwoVersions';
import { StretchLibraryEditor } from './StretchLibraryEditor';
import { TemplatesEditor } from './TemplatesEditor';
import { useHandoutSetup, type HandoutSetup, type HandoutTarget } from './useHandoutSetup';
import { detailsFromSource, detailsToSource, type WrapUpDetails } from './wrap-up';
import { WrapUpForm } from './WrapUpForm';
import { useToday } from '../shell/useToday';
import { UnsavedChangesDialog } from '../forms/UnsavedChangesDialog';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { useLeaveCheck } from '../shell/navigation';
import './handout-screen.css';

type Tab = 'write' | 'setup';

/** Wrap-up: write the client's aftercare sheet from this session, check it, print or save it. */
/** The handout being written, as the question about losing it names it. */
function handoutOf(clientName: string | undefined): string {
  return clientName ? `the handout for ${clientName}` : 'this handout';
}

export function HandoutView(target: HandoutTarget) {
  const setup = useHandoutSetup(target);
  const [tab, setTab] = useState<Tab>('write');
  const library = useMemo(() => therapistLibrary(setup.settings), [setup.settings]);
  const [settled, setSettled] = useState(0);
  // Another session starts the form afresh: typing not yet given as a handout asks before it goes.
  const leaving = useUnsavedGuard();
  useLeaveCheck(() => (leaving.isUnsaved() ? handoutOf(setup.client?.name) : null));
  const waiting = useTwoVersions(settled);
  const afterSettling = (): void => {
    setSettled((n) => n + 1);
    void setup.reloadShared();
  };

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

      {/* Hidden rather than gone while the set-up is shown, so what was typed is still there on coming back. */}
      <div role="tabpanel" aria-label="Write a handout" hidden={tab !== 'write'}>
        <WaitingNotice waiting={waiting} templates={setup.templates} />
        <SessionPicker setup={setup} onPick={(sessionId) => leaving.guard(() => setup.pickSession(sessionId))} />
        {/* Another session starts its own form, prefilled from that session. */}
        <HandoutWriter
          key={setup.session?.id ?? 'none'}
          setup={setup}
          library={library}
          onEdited={leaving.markUnsaved}
        />
        <GivenHandouts given={setup.session?.handouts ?? []} onError={setup.setError} />
      </div>
      {tab === 'setup' ? (
        <div role="tabpanel" aria-label="Clinic, templates and stretches" className="handout-setup">
          {waiting.clinic ? (
            <ClinicTwoVersions key={setup.settingsArrived} onSettled={afterSettling} />
          ) : (
            <ClinicSettings settings={setup.settings} onSave={setup.saveSettings} />
          )}
          <ClinicKeptVersions key={`clinic-kept-${setup.settingsArrived}`} />
          {waiting.templates.map((id) => (
            <TemplateTwoVersions key={id} id={id} onSettled={afterSettling} />
          ))}
          <TemplatesEditor
            templates={setup.templates}
            twoVersions={waiting.templates}
            clinicLanguage={setup.settings.clinic.language ?? DEFAULT_LANGUAGE}
            onSave={setup.saveTemplate}
            onDelete={setup.deleteTemplate}
          />
          <StretchLibraryEditor settings={setup.settings} onSave={setup.saveSettings} onAdd={setup.addStretch} />
        </div>
      ) : null}
      {leaving.asking ? (
        <UnsavedChangesDialog
          what={handoutOf(setup.client?.name)}
          onKeep={leaving.keep}
          onDiscard={leaving.discard}
        />
      ) : null}
    </div>
  );
}

/** Says, where handouts are written, which shared records wait for a person to settle their two versions. */
function WaitingNotice({ waiting, templates }: { waiting: TwoVersionsWaiting; templates: readonly HandoutTemplate[] }) {
  const names = [
    ...(waiting.clinic ? ['The clinic header'] : []),
    ...waiting.templates.map((id) => `the handout template "${templates.find((template) => template.id === id)?.name ?? id}"`),
  ];
  if (names.length === 0) return null;
  const which = names.length === 1 ? `${names[0]} has` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} have`;
  return (
    <p role="status" className="handout-screen__hint">
      {which.charAt(0).toUpperCase() + which.slice(1)} two versions, saved in two rooms while they were apart. Choose what to keep under “Clinic,
      templates and stretches”.
    </p>
  );
}

interface WriterProps {
  setup: HandoutSetup;
  library: readonly LibraryStretch[];
  /** True as the therapist types; false once the handout is given, so it is kept in the session. */
  onEdited(edited: boolean): void;
}

function HandoutWriter({ setup, library, onEdited }: WriterProps) {
  const clientLanguage = setup.client?.preferredLanguage;
  const today = useToday();
  const prefill = (): WrapUpDetails =>
    detailsFromSource(
      handoutSourceFromSession(
        setup.session,
        {
          language: clientLanguage ?? setup.settings.clinic.language ?? DEFAULT_LANGUAGE,
          clinic: {},
          ...(setup.client ? { clientName: setup.client.name } : {}),
        },
        today,
      ),
    );
  const [details, setDetails] = useState<WrapUpDetails>(prefill);
  const [draft, setDraft] = useState<Draft | null>(null);
  const changeDetails = (next: WrapUpDetails): void => {
    setDetails(next);
    onEdited(true);
  };
  const changeDraft = (next: Draft): void => {
    setDraft(next);
    onEdited(true);
  };
  const [untranslated, setUntranslated] = useState<string[]>([]);

  function write(): void {
    const template = setup.templates.find((each) => each.id === details.templateId) ?? defaultTemplate;
    const { therapist, ...clinic } = setup.settings.clinic;
    const source = detailsToSource(details, { clinic, ...(therapist ? { therapist } : {}) });
    const document = composeHandout(source, template, { library });
    const used = new Set(document.sections.flatMap((section) => section.stretches ?? []).map((stretch) => stretch.id));
    setUntranslated(untranslatedClinicTexts(details.language, { clinic, template, stretches: library.filter((stretch) => used.has(stretch.id)) }));
    setDraft(draftFrom(document));
  }

  if (draft) {
    return (
      <HandoutEditor
        draft={draft}
        onDraft={changeDraft}
        untranslated={untranslated}
        clinicLanguage={setup.settings.clinic.language ?? DEFAULT_LANGUAGE}
        library={library}
        cautions={details.cautions}
        sessionId={setup.session?.id}
        onBack={() => setDraft(null)}
        onGiven={() => {
          onEdited(false);
          void setup.refreshSession();
        }}
        onError={setup.setError}
      />
    );
  }
  return (
    <>
      {setup.session ? (
        <p className="handout-screen__hint">
          Filled in from the session: check it and change anything.{' '}
          <button type="button" className="link-button" onClick={() => setDetails(prefill())}>
            Fill in again from the session
          </button>
        </p>
      ) : (
        <p className="handout-screen__hint">No session yet: fill in the details by hand.</p>
      )}
      <WrapUpForm
        details={details}
        onChange={changeDetails}
        templates={setup.templates}
        {...(clientLanguage ? { clientLanguage } : {})}
        onWrite={write}
      />
    </>
  );
}
