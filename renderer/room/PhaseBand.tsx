import type { PhaseView } from '../../shared/session/derive';
import { spokenDuration } from '../../shared/session/format';

interface Props {
  phases: PhaseView[];
  /** Absent once the session has finished: nothing to jump to. */
  onJump?(index: number): void;
  /** The session has finished: the phase it finished in is done, not now. */
  finished?: boolean;
}

/** All phases in order, the current one marked, with any time a phase gave up to keep the end. */
export function PhaseBand({ phases, onJump, finished = false }: Props) {
  return (
    <ol className="phase-band" aria-label="Phases">
      {phases.map((shown, index) => {
        const view = finished && shown.progress === 'current' ? { ...shown, progress: 'done' as const } : shown;
        const jumps = onJump && view.progress !== 'current';
        // The name a screen reader hears is the visible number and name: "Jump to phase 3, Warm-up".
        const name = (
          <>
            {jumps ? <span className="visually-hidden">Jump to phase</span> : null}
            {jumps ? ' ' : null}
            <span className="phase-band__key">{index + 1}</span>
            <span className="visually-hidden">,</span> {view.phase.name}
          </>
        );
        return (
          <li
            key={view.phase.id}
            className={`phase-band__item phase-band__item--${view.progress}`}
            aria-current={view.progress === 'current' ? 'step' : undefined}
            style={{ flexGrow: Math.max(1, Math.round(view.lengthMs / 60000)) }}
          >
            {jumps ? (
              <button type="button" className="phase-band__name phase-band__jump" onClick={() => onJump(index)}>
                {name}
              </button>
            ) : (
              <span className="phase-band__name">{name}</span>
            )}
            <span className="phase-band__length">
              {spokenDuration(view.lengthMs)}
              {view.gaveMs >= 1000 ? <span className="phase-band__gave"> (gave {spokenDuration(view.gaveMs)})</span> : null}
              <span className="visually-hidden">
                {view.progress === 'done' ? ', done' : view.progress === 'current' ? ', now' : ''}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
