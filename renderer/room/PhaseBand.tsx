import type { PhaseView } from '../../shared/session/derive';
import { spokenDuration } from '../../shared/session/format';

interface Props {
  phases: PhaseView[];
  /** Absent once the session has finished: nothing to jump to. */
  onJump?(index: number): void;
}

/** All phases in order, the current one marked, with any time a phase gave up to keep the end. */
export function PhaseBand({ phases, onJump }: Props) {
  return (
    <ol className="phase-band" aria-label="Phases">
      {phases.map((view, index) => {
        const content = (
          <>
            <span className="phase-band__name">
              <span className="phase-band__key" aria-hidden="true">
                {index < 9 ? index + 1 : ''}
              </span>{' '}
              {view.phase.name}
            </span>
            <span className="phase-band__length" id={`phase-band-length-${index}`}>
              {spokenDuration(view.lengthMs)}
              {view.gaveMs >= 1000 ? <span className="phase-band__gave"> (gave {spokenDuration(view.gaveMs)})</span> : null}
              <span className="visually-hidden">
                {view.progress === 'done' ? ', done' : view.progress === 'current' ? ', now' : ''}
              </span>
            </span>
          </>
        );
        return (
          <li
            key={view.phase.id}
            className={`phase-band__item phase-band__item--${view.progress}`}
            aria-current={view.progress === 'current' ? 'step' : undefined}
            style={{ flexGrow: Math.max(1, Math.round(view.lengthMs / 60000)) }}
          >
            {onJump && view.progress !== 'current' ? (
              <button
                type="button"
                className="phase-band__jump"
                aria-label={`Jump to phase ${index + 1}, ${view.phase.name}`}
                aria-describedby={`phase-band-length-${index}`}
                onClick={() => onJump(index)}
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ol>
  );
}
