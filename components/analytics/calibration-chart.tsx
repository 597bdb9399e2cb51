import { scaleLinear } from "d3-scale";
import type { CalibrationBin } from "@/lib/forecasts/scoring";
import { percent } from "@/lib/analytics/format";

const SIZE = 320;
const M = { top: 16, right: 16, bottom: 44, left: 52 };

/**
 * Calibration chart, drawn on the server as SVG (no chart script reaches the browser): each
 * 10 % bin's mean forecast (x) against how often those claims held (y), with its 90 % Wilson
 * interval as a vertical bar and its count as a label. Bins with fewer than 5 forecasts are
 * hollow and dashed, so they read as muted without colour. The diagonal is perfect calibration.
 */
export function CalibrationChart({
  id,
  title,
  bins,
}: {
  id: string;
  title: string;
  bins: CalibrationBin[];
}) {
  const x = scaleLinear()
    .domain([0, 1])
    .range([M.left, SIZE - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([SIZE - M.bottom, M.top]);
  const ticks = x.ticks(5);
  const description =
    bins.length === 0
      ? "No scored forecasts for these filters."
      : `${bins.length} bins. ` +
        bins
          .map(
            (b) =>
              `Forecasts of ${percent(b.lower)} to ${percent(b.upper)}: mean ${percent(b.meanForecast)}, held ${percent(b.observed)} of ${b.count}${b.sparse ? " (few forecasts)" : ""}.`,
          )
          .join(" ");
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      className="h-auto w-full max-w-sm"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect
        x={M.left}
        y={M.top}
        width={x(1) - x(0)}
        height={y(0) - y(1)}
        fill="white"
        stroke="#a8a29e"
      />
      {ticks.map((t) => (
        <g key={t} fontSize="10" fill="#44403c">
          <line x1={x(t)} x2={x(t)} y1={y(0)} y2={y(0) + 4} stroke="#57534e" />
          <text x={x(t)} y={y(0) + 15} textAnchor="middle">
            {Math.round(t * 100)}
          </text>
          <line x1={x(0) - 4} x2={x(0)} y1={y(t)} y2={y(t)} stroke="#57534e" />
          <text x={x(0) - 7} y={y(t) + 3} textAnchor="end">
            {Math.round(t * 100)}
          </text>
        </g>
      ))}
      <text x={(x(0) + x(1)) / 2} y={SIZE - 8} textAnchor="middle" fontSize="11" fill="#292524">
        Forecast (mean of the bin, %)
      </text>
      <text
        transform={`translate(13 ${(y(0) + y(1)) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize="11"
        fill="#292524"
      >
        Held (observed, %)
      </text>
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="#78716c" strokeDasharray="4 3" />
      <text
        x={x(0.62)}
        y={y(0.56)}
        fontSize="9"
        fill="#57534e"
        transform={`rotate(-45 ${x(0.62)} ${y(0.56)})`}
      >
        perfect calibration
      </text>
      {bins.map((b) => (
        <g key={b.bin} opacity={b.sparse ? 0.6 : 1}>
          <line
            x1={x(b.meanForecast)}
            x2={x(b.meanForecast)}
            y1={y(b.interval.low)}
            y2={y(b.interval.high)}
            stroke="#1e3a8a"
            strokeWidth="1.5"
            strokeDasharray={b.sparse ? "2 2" : undefined}
          />
          <circle
            cx={x(b.meanForecast)}
            cy={y(b.observed)}
            r={4}
            fill={b.sparse ? "white" : "#1e3a8a"}
            stroke="#1e3a8a"
            strokeWidth="1.5"
          />
          <text x={x(b.meanForecast) + 6} y={y(b.observed) - 5} fontSize="9" fill="#292524">
            n={b.count}
          </text>
        </g>
      ))}
    </svg>
  );
}
