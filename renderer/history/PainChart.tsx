import { painBeforeAfter } from '../../shared/record/pain-words';

export interface PainPoint {
  at: number;
  before: number | null;
  after: number | null;
}

const W = 600;
const H = 240;
const PAD = { left: 36, right: 16, top: 16, bottom: 40 };
/** Dates written under the axis, at most; more would overlap. */
const AXIS_LABELS = 6;
/** Visits read out in the chart's description, the most recent ones. */
const DESCRIBED = 12;
/** One formatter for every label: toLocaleDateString builds a new one per call, which adds up over 1,000 visits. */
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const day = (at: number): string => dayFormat.format(at);

/**
 * Pain before and after each visit, 0-10, oldest on the left. Each series is one
 * path (line plus round dots), so a long history costs a few elements, not thousands.
 */
export function PainChart({ points }: { points: PainPoint[] }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (points.length <= 1 ? plotW / 2 : (index / (points.length - 1)) * plotW);
  const y = (pain: number) => PAD.top + plotH - (pain / 10) * plotH;
  const placed = (key: 'before' | 'after') =>
    points.flatMap((point, index) => (point[key] === null ? [] : [`${x(index).toFixed(1)} ${y(point[key]).toFixed(1)}`]));
  const line = (key: 'before' | 'after') => placed(key).map((at, index) => `${index === 0 ? 'M' : 'L'}${at}`).join(' ');
  const dots = (key: 'before' | 'after') => placed(key).map((at) => `M${at} h0`).join(' ');
  const step = Math.max(1, Math.ceil(points.length / AXIS_LABELS));
  const axis = points.map((point, index) => ({ point, index })).filter(({ index }) => index % step === 0 || index === points.length - 1);
  const recent = points.slice(-DESCRIBED);
  const described = recent.map((point) => `${day(point.at)}: ${painBeforeAfter(point.before, point.after)}`).join('; ');
  const scope = points.length > recent.length ? `${points.length} visits; the last ${recent.length}: ` : '';

  return (
    <figure className="history__chart">
      <svg className="pain-chart" data-points={points.length} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Pain before and after each visit. ${scope}${described}`}>
        {[0, 5, 10].map((pain) => (
          <g key={pain}>
            <line className="pain-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(pain)} y2={y(pain)} />
            <text x={PAD.left - 8} y={y(pain) + 4} textAnchor="end">
              {pain}
            </text>
          </g>
        ))}
        <path className="pain-chart__before" d={line('before')} />
        <path className="pain-chart__after" d={line('after')} />
        <path className="pain-chart__dots" d={dots('before')} stroke="#f0c987" />
        <path className="pain-chart__dots" d={dots('after')} stroke="#9fd4c4" />
        {axis.map(({ point, index }) => (
          <text key={index} x={x(index)} y={H - 16} textAnchor="middle">
            {day(point.at)}
          </text>
        ))}
      </svg>
      <figcaption>
        Pain before (amber) and after (green) each visit, 0-10.
      </figcaption>
    </figure>
  );
}
