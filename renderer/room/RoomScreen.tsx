import { useState } from 'react';
import { sessionStateAt } from '../../shared/session/derive';
import { roomFrameKey } from '../../shared/session/frame';
import { wallClock } from '../../shared/session/format';
import type { Session } from '../../shared/session/session';
import { RoomCare } from '../record/RoomCare';
import { themes, type RoomSettings } from '../../shared/settings/room-settings';
import { BlankScreen } from './BlankScreen';
import { CueBanner } from './CueBanner';
import { FinishDialog } from './FinishDialog';
import { KeyHelp } from './KeyHelp';
import { NowPanel } from './NowPanel';
import { PhaseBand } from './PhaseBand';
import { RoomControls } from './RoomControls';
import { SessionFacts } from './SessionFacts';
import { useCues } from '../audio/CueCenter';
import { useResolvedTheme } from '../settings/useResolvedTheme';
import { StartPanel } from './StartPanel';
import { useShownClock, useShownState } from './useShownClock';
import { useBriefNotice } from './useBriefNotice';
import { useRoomKeys } from './useRoomKeys';
import type { SessionControls } from './useSession';
import { roomKeyLabel, type RoomAction } from './keys';

interface Props {
  session: Session;
  controls: SessionControls;
  settings: RoomSettings;
  updateSettings(changes: Partial<RoomSettings>): void;
  compact: boolean;
  onToggleCompact(): void;
}

/** The screen the therapist glances at from across the room. */
export function RoomScreen({ session, controls, settings, updateSettings, compact, onToggleCompact }: Props) {
  const cue = useCues();
  const clock = useShownClock(session, cue.count);
  const look = useResolvedTheme(settings.theme);
  // The room around the ticking figures: drawn again only when what it shows changes.
  const state = useShownState(clock, roomFrameKey);
  const [confirmingFinish, setConfirmingFinish] = useState(false);
  const [showKeys, setShowKeys] = useState(false);
  const [blank, setBlank] = useState(false);
  const [themeNoticed, noticeTheme] = useBriefNotice();
  // Cues heard before the room opened were already played and shown elsewhere: only later ones glow here.
  const [cuesBefore] = useState(cue.count);
  const finished = state.status === 'finished';
  const command = (next: Parameters<SessionControls['command']>[0]): void => void controls.command(next);

  function answerFinish(action: RoomAction): boolean {
    // Enter presses the question's focused button itself: Finish session, or Keep going.
    if (action === 'confirm' && document.activeElement?.closest('[role="alertdialog"] button')) return false;
    if (action === 'finish' || action === 'confirm') {
      setConfirmingFinish(false);
      command({ type: 'finish' });
    } else if (action === 'cancel') {
      setConfirmingFinish(false);
    }
    return true;
  }

  function act(action: RoomAction): boolean {
    if (typeof action === 'object') {
      if (finished || action.jump >= state.phases.length || action.jump === state.phaseIndex) return false;
      command({ type: 'jump', phaseIndex: action.jump });
      return true;
    }
    switch (action) {
      case 'help':
        setShowKeys(true);
        return true;
      case 'silent':
        updateSettings({ silent: !settings.silent });
        return true;
      case 'blank':
        setBlank(true);
        return true;
      case 'theme':
        updateSettings({ theme: themes[(themes.indexOf(settings.theme) + 1) % themes.length] ?? 'dark' });
        noticeTheme();
        return true;
      case 'compact':
        onToggleCompact();
        return true;
      case 'cancel':
        if (!cue.message) return false;
        cue.dismiss();
        return true;
      default:
        return finished ? false : sessionAction(action);
    }
  }

  function sessionAction(action: RoomAction): boolean {
    switch (action) {
      case 'toggle':
        command({ type: state.status === 'paused' ? 'resume' : 'pause' });
        return true;
      case 'next':
        if (state.phaseIndex < state.phases.length - 1) command({ type: 'next' });
        return true;
      case 'back':
        if (state.phaseIndex > 0) command({ type: 'back' });
        return true;
      case 'add-minute':
        command({ type: 'adjust', seconds: 60 });
        return true;
      case 'remove-minute':
        // Read at the key press: the state drawn last may be most of a second old.
        if (sessionStateAt(session, Date.now()).phaseLeftMs >= 60_000) command({ type: 'adjust', seconds: -60 });
        return true;
      case 'finish':
        setConfirmingFinish(true);
        return true;
      default:
        return false;
    }
  }

  useRoomKeys((action) => {
    if (confirmingFinish) return answerFinish(action);
    if (showKeys) {
      if (action === 'help' || action === 'cancel' || action === 'confirm') setShowKeys(false);
      return true;
    }
    return act(action);
  });

  const classes = [
    'room',
    `room--theme-${look}`,
    compact ? 'room--compact' : '',
    finished ? '' : 'room--live',
    state.status === 'paused' ? 'room--paused' : '',
  ].filter(Boolean);
  return (
    <div className={classes.join(' ')} style={{ ['--phase-tint' as string]: state.phase.color ?? '#10161c' }}>
      {cue.count > cuesBefore ? <div className="room__glow" key={cue.count} aria-hidden="true" /> : null}
      <header className="room__header">
        <span className="room__plan">{session.plan.name}</span>
        {finished ? <span className="room__badge">Finished</span> : null}
        {settings.silent ? <span className="room__badge room__badge--quiet">Silent</span> : null}
        {themeNoticed ? (
          // A press of D that picks "as the computer is set" may change nothing on screen: this says it was heard.
          <span className="room__badge" role="status">
            Theme: {settings.theme === 'system' ? `as the computer is set (${look})` : settings.theme}
          </span>
        ) : null}
        <span className="room__hint">
          <kbd>{roomKeyLabel.help}</kbd> keys
        </span>
      </header>

      {finished ? (
        <section className="room__now" aria-label="Current phase">
          <h1 className="phase-name">{state.phase.name}</h1>
          <p className="room__finished">Session finished at {wallClock(state.endsAt)}</p>
        </section>
      ) : (
        <NowPanel state={state} clock={clock} />
      )}

      {finished ? null : <SessionFacts state={state} clock={clock} keepEndTime={session.keepEndTime ?? true} />}
      <CueBanner message={cue.message} onDismiss={cue.dismiss} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {finished ? 'Session finished.' : `Now: ${state.phase.name}.`}
      </p>

      <PhaseBand phases={state.phases} finished={finished} onJump={finished ? undefined : (index) => command({ type: 'jump', phaseIndex: index })} />

      <RoomCare session={session} finished={finished} handsOn={!finished && state.phase.handsOn} />

      {finished ? (
        <div className="room__controls">
          <StartPanel plans={controls.plans} settings={settings} afterSession onStart={(planId, clientId) => void controls.start(planId, clientId)} />
        </div>
      ) : (
        <RoomControls state={state} command={command} onFinish={() => setConfirmingFinish(true)} />
      )}

      {confirmingFinish ? (
        <FinishDialog
          onConfirm={() => {
            setConfirmingFinish(false);
            command({ type: 'finish' });
          }}
          onCancel={() => setConfirmingFinish(false)}
        />
      ) : null}
      {showKeys ? <KeyHelp onClose={() => setShowKeys(false)} /> : null}
      {blank ? <BlankScreen onWake={() => setBlank(false)} /> : null}
    </div>
  );
}
