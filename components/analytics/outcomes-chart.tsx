import { scaleBand, scaleLinear } from "d3-scale";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import { OUTCOME_LABELS } from "@/lib/scales";
import { OUTCOME_ORDER, type MonthRow } from "@/lib/analytics/outcomes-over-time";

const WIDTH = 640;
const HEIGHT = 260;
const M = { top: 12, right: 12, bottom: 40, left: 44 };
/** A coordinate to 0.1 unit: finer than a pixel at any size the chart is drawn. */
const round = (v: number) => Math.round(v * 10) / 10;

// Each outcome has its own fill pattern as well as its own shade, so the chart reads the
// same in greyscale; the legend repeats the patterns with their names.
const STYLE: Record<
  OutcomeStatus,
  { fill: string; pattern: "solid" | "hatch" | "dots" | "cross" | "back" | "grid" | "none" }
> = {
  PENDING: { fill: "#d6d3d1", pattern: "none" },
  IN_PROGRESS: { fill: "#93c5fd", pattern: "dots" },
  STALLED: { fill: "#fcd34d", pattern: "back" },
  HELD: { fill: "#166534", pattern: "solid" },
  PARTIALLY_HELD: { fill: "#65a30d", pattern: "hatch" },
  NOT_HELD: { fill: "#991b1b", pattern: "cross" },
  UNRESOLVABLE: { fill: "#57534e", pattern: "grid" },
};

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      {OUTCOME_ORDER.map((o) => {
        const { fill, pattern } = STYLE[o];
        const ink =
          pattern === "none" || pattern === "dots" || pattern === "back" ? "#1c1917" : "white";
        return (
          <pattern key={o} id={`${id}-${o}`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={fill} />
            {pattern === "hatch" ? <path d="M0 6 L6 0" stroke={ink} strokeWidth="1" /> : null}
            {pattern === "back" ? <path d="M0 0 L6 6" stroke={ink} strokeWidth="1" /> : null}
            {pattern === "cross" ? (
              <path d="M0 0 L6 6 M0 6 L6 0" stroke={ink} strokeWidth="0.8" />
            ) : null}
            {pattern === "dots" ? <circle cx="3" cy="3" r="1" fill={ink} /> : null}
            {pattern === "grid" ? (
              <path d="M3 0 V6 M0 3 H6" stroke={ink} strokeWidth="0.8" />
            ) : null}
          </pattern>
        );
      })}
    </defs>
  );
}

/**
 * Published claims by month made, stacked by their current outcome, drawn on the server as
 * SVG with a pattern per outcome and a legend; the data table beside it holds every number.
 */
export function OutcomesChart({
  id,
  title,
  months,
}: {
  id: string;
  title: string;
  months: MonthRow[];
}) {
  const x = scaleBand<string>()
    .domain(months.map((m) => m.month))
    .range([M.left, WIDTH - M.right])
    .padding(0.15);
  const max = Math.max(1, ...months.map((m) => m.total));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const every = Math.max(1, Math.ceil(months.length / 12));
  const band = round(x.bandwidth());
  const totals = OUTCOME_ORDER.map(
    (o) => [o, months.reduce((s, m) => s + m.counts[o], 0)] as const,
  );
  const description =
    months.length === 0
      ? "No published claims for these filters."
      : `${months.length} months from ${months[0]?.month} to ${months.at(-1)?.month}. Totals: ` +
        totals.map(([o, n]) => `${OUTCOME_LABELS[o]} ${n}`).join(", ") +
        ".";
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <Patterns id={id} />
        {y.ticks(5).map((t) => (
          <g key={t} fontSize="10" fill="#44403c">
            <line
              x1={M.left}
              x2={WIDTH - M.right}
              y1={round(y(t))}
              y2={round(y(t))}
              stroke="#e7e5e4"
            />
            <text x={M.left - 6} y={round(y(t) + 3)} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {/* One month per group, placed by a translate; the bars share the group's stroke and
            width, and coordinates are rounded to 0.1 unit, so the 200-odd bars of a three-year
            chart stay small in the page and in its React payload. */}
        <g stroke="#1c1917" strokeWidth="0.4">
          {months.map((m, i) => {
            let base = 0;
            return (
              <g key={m.month} transform={`translate(${round(x(m.month) ?? 0)} 0)`}>
                {OUTCOME_ORDER.map((o) => {
                  const n = m.counts[o];
                  if (n === 0) return null;
                  const top = base + n;
                  const rect = (
                    <rect
                      key={o}
                      width={band}
                      y={round(y(top))}
                      height={round(y(base) - y(top))}
                      fill={`url(#${id}-${o})`}
                    />
                  );
                  base = top;
                  return rect;
                })}
                {i % every === 0 ? (
                  <text
                    x={round(band / 2)}
                    y={HEIGHT - M.bottom + 14}
                    fontSize="9"
                    textAnchor="middle"
                    fill="#44403c"
                    stroke="none"
                  >
                    {m.month}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {OUTCOME_ORDER.map((o) => (
            <li key={o} className="flex items-center gap-1">
              <svg width="14" height="14" aria-hidden="true">
                <rect
                  width="14"
                  height="14"
                  fill={`url(#${id}-${o})`}
                  stroke="#1c1917"
                  strokeWidth="0.6"
                />
              </svg>
              {OUTCOME_LABELS[o]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
