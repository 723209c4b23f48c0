import type { PhaseView } from '../../shared/session/derive';
import { spokenDuration } from '../../shared/session/format';

interface Props {
  phases: PhaseView[];
  onJump?(index: number): void;
}

/** All phases in order, the current one marked, with any time a phase gave up to keep the end. */
export function PhaseBand({ phases, onJump }: Props) {
  return (
    <ol className="phase-band" aria-label="Phases">
      {phases.map((view, index) => (
        <li
          key={view.phase.id}
          className={`phase-band__item phase-band__item--${view.progress}`}
          aria-current={view.progress === 'current' ? 'step' : undefined}
          style={{ flexGrow: Math.max(1, Math.round(view.lengthMs / 60000)) }}
          onClick={onJump && view.progress !== 'current' ? () => onJump(index) : undefined}
        >
          <span className="phase-band__name">
            <span className="phase-band__key" aria-hidden="true">
              {index < 9 ? index + 1 : ''}
            </span>{' '}
            {view.phase.name}
          </span>
          <span className="phase-band__length">
            {spokenDuration(view.lengthMs)}
            {view.gaveMs >= 1000 ? <span className="phase-band__gave"> (gave {spokenDuration(view.gaveMs)})</span> : null}
          </span>
          <span className="visually-hidden">
            {view.progress === 'done' ? ', done' : view.progress === 'current' ? ', now' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
