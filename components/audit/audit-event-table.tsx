import Link from "next/link";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";
import { Timestamp } from "@/components/ui/timestamp";

const RECORD_PAGES: Record<string, (id: string) => string> = {
  Claim: (id) => `/claims/${id}`,
  Source: (id) => `/sources/${id}`,
  Actor: (id) => `/actors/${id}`,
};

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <details>
      <summary className="cursor-pointer">{label}</summary>
      <pre className="max-w-xl whitespace-pre-wrap wrap-anywhere text-xs">
        {JSON.stringify(value, null, 2)}
      </pre>
    </details>
  );
}

/** Audit events, newest first: who, what, which record, when, the values and the chain hash. */
export function AuditEventTable({ events }: { events: AuditEventRow[] }) {
  if (events.length === 0) return <p className="text-stone-700">No audit event matches.</p>;
  return (
    <ScrollTable label="Audit events">
      <table className="w-full text-left text-sm" data-testid="audit-events">
        <TableHead columns={["#", "When (UTC)", "Who", "Action", "Record", "Values", "Hash"]} />
        <tbody>
          {events.map((e) => {
            const page = RECORD_PAGES[e.entityType];
            return (
              <tr key={e.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-4">{e.id}</td>
                <td className="py-2 pr-4">
                  <Timestamp iso={e.at} />
                </td>
                <td className="py-2 pr-4">{e.actor ? e.actor.name : "system"}</td>
                <td className="py-2 pr-4 font-mono">{e.action}</td>
                <td className="wrap-address py-2 pr-4">
                  {e.entityType}{" "}
                  {page ? (
                    <Link href={page(e.entityId)}>{e.entityId}</Link>
                  ) : (
                    <span>{e.entityId}</span>
                  )}
                </td>
                <td className="py-2 pr-4">
                  <Json label="before" value={e.before} />
                  <Json label="after" value={e.after} />
                </td>
                <td className="py-2 font-mono text-xs" title={e.hash}>
                  {e.hash.slice(0, 12)}…
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
