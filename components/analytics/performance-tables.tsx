import Link from "next/link";
import type { GradeRow, OutletRow } from "@/lib/analytics/sources";
import type { SpeakerRow } from "@/lib/analytics/speakers";
import type { Verdict } from "@/lib/analytics/verdict";
import { RELIABILITY_LABELS } from "@/lib/scales";
import { DataTable, type Column } from "@/components/analytics/data-table";
import { csvNumber, percent, range, score } from "@/components/analytics/format";

type Held = {
  resolved: number;
  held: number;
  partlyHeld: number;
  notHeld: number;
  share: number | null;
  interval: { low: number; high: number } | null;
};

function heldColumns<T extends Held>(): Column<T>[] {
  return [
    { header: "Resolved", value: (r) => r.resolved, numeric: true },
    { header: "Held", value: (r) => r.held, numeric: true },
    { header: "Partly held", value: (r) => r.partlyHeld, numeric: true },
    { header: "Not held", value: (r) => r.notHeld, numeric: true },
    {
      header: "Share held",
      value: (r) => csvNumber(r.share),
      render: (r) => percent(r.share),
      numeric: true,
    },
    { header: "90 % interval", value: (r) => range(r.interval), numeric: true },
  ];
}

function verdictText(grade: string, label: string, verdict: Verdict | null): string {
  if (!verdict) return "as expected";
  const like = verdict.performedLike
    ? `performed like ${verdict.performedLike}`
    : "performed outside every range";
  const caution = verdict.firm ? "" : " (the interval still reaches the expected range)";
  return `graded ${grade} (${label.toLowerCase()}), ${like}${caution}`;
}

export function GradeTable({
  title,
  file,
  rows,
}: {
  title: string;
  file: string;
  rows: GradeRow[];
}) {
  return (
    <DataTable
      caption={title}
      file={file}
      rows={rows}
      rowKey={(r) => r.grade}
      columns={[
        { header: "Grade", value: (r) => `${r.grade} ${r.label}` },
        ...heldColumns<GradeRow>(),
        {
          header: "Expected",
          value: (r) =>
            r.verdict
              ? `${percent(r.verdict.expected.low)}–${percent(r.verdict.expected.high)}`
              : "",
        },
        { header: "Verdict", value: (r) => verdictText(r.grade, r.label, r.verdict) },
      ]}
      empty="No cited claims resolved yet."
    />
  );
}

export function OutletTable({ rows }: { rows: OutletRow[] }) {
  return (
    <DataTable
      caption="Outlets with at least 5 resolved claims"
      file="sources-by-outlet"
      rows={rows}
      rowKey={(r) => r.outlet}
      columns={[
        { header: "Outlet", value: (r) => r.outlet },
        { header: "Usual grade", value: (r) => r.grade },
        ...heldColumns<OutletRow>(),
        {
          header: "Verdict",
          value: (r) => verdictText(r.grade, RELIABILITY_LABELS[r.grade], r.verdict),
        },
      ]}
      empty="No outlet has 5 resolved claims yet."
    />
  );
}

export function SpeakerTable({ rows, file }: { rows: SpeakerRow[]; file: string }) {
  return (
    <DataTable
      caption="Speakers: resolved promises and predictions, and the team's forecasts on them"
      file={file}
      rows={rows}
      rowKey={(r) => r.actor.id}
      columns={[
        {
          header: "Speaker",
          value: (r) => r.actor.name,
          render: (r) => <Link href={`/actors/${r.actor.id}`}>{r.actor.name}</Link>,
        },
        ...heldColumns<SpeakerRow>(),
        { header: "Claims forecast", value: (r) => r.comparison?.claims ?? 0, numeric: true },
        {
          header: "Team Brier",
          value: (r) => csvNumber(r.comparison?.teamBrier),
          render: (r) => score(r.comparison?.teamBrier ?? null),
          numeric: true,
        },
        {
          header: "Believing the speaker",
          value: (r) => csvNumber(r.comparison?.believingBrier),
          render: (r) => score(r.comparison?.believingBrier ?? null),
          numeric: true,
        },
        {
          header: "Believing would have scored",
          value: (r) =>
            r.comparison ? `${r.comparison.believing} than the team` : "no team forecasts",
        },
      ]}
      empty="No speaker has a resolved promise or prediction yet."
    />
  );
}
