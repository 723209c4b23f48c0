import type { KeyboardEvent } from 'react';
import { bodyRegions, type BodySide, type RegionId } from '../../shared/body/regions';

type Shape = [x: number, y: number, w: number, h: number];

/** Simple block figures: enough to point at a region from across the room. */
const shapes: Readonly<Record<RegionId, Shape[]>> = {
  neck: [[42, 20, 16, 12]],
  shoulders: [[18, 32, 64, 12]],
  'upper-back': [[28, 44, 44, 30]],
  'lower-back': [[30, 74, 40, 22]],
  glutes: [[28, 96, 44, 22]],
  hamstrings: [[28, 118, 44, 42]],
  calves: [[30, 160, 40, 40]],
  head: [[37, 2, 26, 28]],
  chest: [[28, 32, 44, 28]],
  arms: [[8, 34, 17, 50], [75, 34, 17, 50]],
  hands: [[4, 84, 19, 26], [77, 84, 19, 26]],
  abdomen: [[30, 60, 40, 30]],
  hips: [[28, 90, 44, 18]],
  thighs: [[28, 108, 44, 56]],
  knees: [[30, 164, 40, 22]],
  feet: [[30, 186, 40, 16]],
};

interface Props {
  selected: RegionId;
  onSelect(region: RegionId): void;
  /** Regions to keep away from (screening), drawn hatched. */
  avoid?: readonly RegionId[];
}

/** Front and back, each region a big target that also works from the keyboard. */
export function BodyMap({ selected, onSelect, avoid = [] }: Props) {
  return (
    <div className="body-map" role="group" aria-label="Body map">
      {(['back', 'front'] as BodySide[]).map((side) => (
        <figure key={side} className="body-map__side">
          <svg viewBox="0 0 100 206" className="body-map__svg" aria-label={side === 'back' ? 'Back of the body' : 'Front of the body'} role="group">
            {bodyRegions
              .filter((region) => region.side === side)
              .map((region) => {
                const active = region.id === selected;
                const onKeyDown = (event: KeyboardEvent<SVGGElement>): void => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    event.stopPropagation();
                    onSelect(region.id);
                  }
                };
                return (
                  <g
                    key={region.id}
                    role="button"
                    tabIndex={0}
                    aria-label={region.label}
                    aria-pressed={active}
                    className={`body-map__region${active ? ' body-map__region--active' : ''}${avoid.includes(region.id) ? ' body-map__region--avoid' : ''}`}
                    onClick={() => onSelect(region.id)}
                    onKeyDown={onKeyDown}
                  >
                    {shapes[region.id].map(([x, y, w, h], index) => (
                      <rect key={index} x={x} y={y} width={w} height={h} rx={4} />
                    ))}
                  </g>
                );
              })}
          </svg>
          <figcaption>{side === 'back' ? 'Back' : 'Front'}</figcaption>
        </figure>
      ))}
    </div>
  );
}
