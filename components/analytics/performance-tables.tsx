import type { GradeRow, OutletRow } from "@/lib/analytics/sources";
import type { SpeakerRow } from "@/lib/analytics/speakers";
import { GRADE_COLUMNS, OUTLET_COLUMNS, SPEAKER_COLUMNS } from "@/lib/analytics/table-columns";
import { DataTable } from "@/components/analytics/data-table";

export function GradeTable({
  title,
  rows,
  csvHref,
}: {
  title: string;
  rows: GradeRow[];
  csvHref: string;
}) {
  return (
    <DataTable
      caption={title}
      csvHref={csvHref}
      rows={rows}
      columns={GRADE_COLUMNS}
      empty="No cited claims resolved yet."
    />
  );
}

export function OutletTable({ rows, csvHref }: { rows: OutletRow[]; csvHref: string }) {
  return (
    <DataTable
      caption="Outlets with at least 5 resolved claims"
      csvHref={csvHref}
      rows={rows}
      columns={OUTLET_COLUMNS}
      empty="No outlet has 5 resolved claims yet."
    />
  );
}

export function SpeakerTable({ rows, csvHref }: { rows: SpeakerRow[]; csvHref: string }) {
  return (
    <DataTable
      caption="Speakers: resolved promises and predictions, and the team's forecasts on them"
      csvHref={csvHref}
      rows={rows}
      columns={SPEAKER_COLUMNS}
      empty="No speaker has a resolved promise or prediction yet."
    />
  );
}
