import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { fieldErrorsFrom } from "@/lib/errors";
import { listAuditEvents, listAuditFilterChoices } from "@/lib/audit/list-audit-events";
import { ZAuditQuery } from "@/lib/audit/schemas";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { ActionForm } from "@/components/ui/action-form";
import { requestCheckpointAction } from "@/lib/audit/actions";

export const metadata: Metadata = { title: "Audit log · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The audit log, filtered by user, record and date, newest first. Admins only. */
export default async function AdminAuditPage({ searchParams }: Props) {
  const user = await requireUser("/admin/audit");
  requirePermission(user, "audit.read");
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === "string") values[key] = value;
  }
  const parsed = ZAuditQuery.safeParse(values);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const [choices, page] = await Promise.all([
    listAuditFilterChoices(user),
    parsed.success ? listAuditEvents(user, parsed.data) : null,
  ]);
  const next = page?.nextCursor
    ? `/admin/audit?${new URLSearchParams({ ...values, cursor: page.nextCursor }).toString()}`
    : null;
  return (
    <>
      <AdminNav current="/admin/audit" />
      <p className="mb-4 text-stone-700">
        Every change, who made it and when, with the values before and after. Each entry is chained
        to the one before by its SHA-256 hash; signed checkpoints of the chain are published at{" "}
        <Link href="/api/v1/audit/checkpoints">/api/v1/audit/checkpoints</Link> and in the feed.
      </p>
      <AuditFilterForm
        values={values}
        errors={errors}
        users={choices.users}
        types={choices.types}
      />
      {page ? <AuditEventTable events={page.items} /> : null}
      {next ? (
        <p className="mt-4">
          <Link href={next}>Older events →</Link>
        </p>
      ) : null}
      <section aria-labelledby="checkpoint" className="mt-10">
        <h2 id="checkpoint" className="text-lg font-semibold">
          Checkpoint
        </h2>
        <p className="text-stone-700">
          A checkpoint is taken every hour. Take one now, for example before handing the log to
          someone outside the team.
        </p>
        <ActionForm
          action={requestCheckpointAction}
          hidden={{}}
          submitLabel="Sign a checkpoint now"
          tone="plain"
        />
      </section>
    </>
  );
}
