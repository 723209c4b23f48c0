export interface PainPoint {
  label: string;
  before: number | null;
  after: number | null;
}

const W = 600;
const H = 240;
const PAD = { left: 36, right: 16, top: 16, bottom: 40 };

/** Pain before and after each visit, 0-10, oldest on the left. */
export function PainChart({ points }: { points: PainPoint[] }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (points.length <= 1 ? plotW / 2 : (index / (points.length - 1)) * plotW);
  const y = (pain: number) => PAD.top + plotH - (pain / 10) * plotH;
  const line = (key: 'before' | 'after') =>
    points
      .map((point, index) => (point[key] === null ? null : `${x(index)},${y(point[key])}`))
      .filter((part): part is string => part !== null)
      .join(' ');
  const described = points.map((point) => `${point.label}: ${point.before ?? '–'} before, ${point.after ?? '–'} after`).join('; ');

  return (
    <figure className="history__chart">
      <svg className="pain-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Pain before and after each visit. ${described}`}>
        {[0, 5, 10].map((pain) => (
          <g key={pain}>
            <line className="pain-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(pain)} y2={y(pain)} />
            <text x={PAD.left - 8} y={y(pain) + 4} textAnchor="end">
              {pain}
            </text>
          </g>
        ))}
        <polyline className="pain-chart__before" points={line('before')} />
        <polyline className="pain-chart__after" points={line('after')} />
        {points.map((point, index) => (
          <g key={index}>
            {point.before !== null ? <circle cx={x(index)} cy={y(point.before)} r={4} fill="#f0c987" /> : null}
            {point.after !== null ? <circle cx={x(index)} cy={y(point.after)} r={4} fill="#9fd4c4" /> : null}
            <text x={x(index)} y={H - 16} textAnchor="middle">
              {point.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        Pain before (amber) and after (green) each visit, 0-10.
      </figcaption>
    </figure>
  );
}
