// A bar chart drawn on the server as SVG (docs/decisions/0020-charts.md): no script reaches the browser, it shows
// before anything hydrates, prints, and a hover names each bar (SVG <title>). The numbers stay in the table that
// follows every chart: the chart is for the shape, the table for the figures and for screen readers.
import { scaleBand, scaleLinear } from "d3-scale";

export type ChartSeries = { key: string; label: string; values: number[] };

/** Distinguishable in colour and in greyscale print, brand green first. */
const COLOURS = ["#0b7a45", "#2563eb", "#d97706", "#7c3aed", "#e11d48", "#0d9488", "#475569", "#a16207"];
// Narrow enough that its text stays legible when a phone scales the drawing to its width.
const WIDTH = 480;
const MARGIN = { top: 10, right: 8, bottom: 26, left: 60 };

const compact = new Intl.NumberFormat("id-ID", { notation: "compact", maximumFractionDigits: 1 });

export function BarChart({
  id,
  title,
  summary,
  labels,
  series,
  stacked = false,
  height = 200,
  format = (n: number) => n.toLocaleString("id-ID"),
}: {
  id: string;
  title: string;
  /** What the chart says in a sentence, for those who do not see it (the table follows). */
  summary: string;
  /** One per group of bars along the bottom (a month, a bucket). */
  labels: string[];
  series: ChartSeries[];
  /** Stacked: the series add up in one bar per label; else side by side. */
  stacked?: boolean;
  height?: number;
  format?: (n: number) => string;
}) {
  // Positive values stack up from zero, negative ones (a month with more rejections than registrations) down.
  const extent = labels.map((_, i) => {
    const values = series.map((s) => s.values[i] ?? 0);
    return stacked
      ? [values.filter((v) => v < 0).reduce((a, b) => a + b, 0), values.filter((v) => v > 0).reduce((a, b) => a + b, 0)]
      : [Math.min(0, ...values), Math.max(0, ...values)];
  });
  const y = scaleLinear()
    .domain([Math.min(0, ...extent.map((e) => e[0]!)), Math.max(1, ...extent.map((e) => e[1]!))])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const x = scaleBand<number>()
    .domain(labels.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.05);
  const bars = labels.flatMap((label, i) => {
    let up = 0;
    let down = 0;
    return series.map((s, k) => {
      const value = s.values[i] ?? 0;
      const base = stacked ? (value >= 0 ? up : down) : 0;
      if (stacked) {
        if (value >= 0) up += value;
        else down += value;
      }
      const [top, bottom] = [y(Math.max(base, base + value)), y(Math.min(base, base + value))];
      return {
        key: `${i}-${s.key}`,
        x: x(i)! + (stacked ? 0 : inner(k)!),
        width: stacked ? x.bandwidth() : inner.bandwidth(),
        y: top,
        height: Math.max(0, bottom - top),
        fill: COLOURS[k % COLOURS.length],
        text: `${label} · ${s.label}: ${format(value)}`,
      };
    });
  });
  const ticks = y.ticks(4);
  // Every label when they fit, else every other one.
  const step = labels.length > 8 ? 2 : 1;
  return (
    <figure className="space-y-2" data-testid={`chart-${id}`}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        fontSize={13}
        fontFamily="inherit"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t} transform={`translate(0, ${y(t)})`}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} stroke={t === 0 ? "#64748b" : "#e2e8f0"} />
            <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end" fill="#475569">
              {compact.format(t)}
            </text>
          </g>
        ))}
        {bars.map((b) => (
          <rect key={b.key} x={b.x} y={b.y} width={b.width} height={b.height} fill={b.fill}>
            <title>{b.text}</title>
          </rect>
        ))}
        {labels.map((label, i) =>
          i % step === 0 ? (
            <text key={label} x={x(i)! + x.bandwidth() / 2} y={height - 6} textAnchor="middle" fill="#475569">
              {label}
            </text>
          ) : null,
        )}
      </svg>
      {series.length > 1 && (
        <figcaption>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            {series.map((s, k) => (
              <li key={s.key} className="flex items-center gap-1.5">
                <svg aria-hidden width="12" height="12" className="shrink-0">
                  <rect width="12" height="12" rx="2" fill={COLOURS[k % COLOURS.length]} />
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}
