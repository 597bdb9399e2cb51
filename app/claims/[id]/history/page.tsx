import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { listRevisions } from "@/lib/claims/revision-history";
import { AppError } from "@/lib/errors";
import { RevisionDiff } from "@/components/claims/revision-diff";
import { Timestamp } from "@/components/ui/timestamp";

export const metadata: Metadata = { title: "Claim history", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

export default async function ClaimHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/claims/${id}/history`);
  const history = await listRevisions(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { revisions, publishedRevision } = history;
  const last = revisions.length;
  const query = await searchParams;
  const pick = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return Number.isInteger(n) && n >= 1 && n <= last ? n : fallback;
  };
  const to = pick(query.to, last);
  const from = pick(query.from, Math.max(1, to - 1));
  const fromRevision = revisions[from - 1];
  const toRevision = revisions[to - 1];

  return (
    <>
      <p className="mb-2">
        <Link href={`/claims/${id}`}>← Back to the claim</Link>
      </p>
      <h1 className="text-2xl font-bold">History</h1>
      <p className="mt-1 text-stone-700">{history.claim.statement}</p>
      {can(user.role, "audit.read") ? (
        <p className="mt-2">
          <Link href={`/admin/audit?entityType=Claim&entityId=${id}`}>
            Audit events of this claim
          </Link>
        </p>
      ) : null}

      <h2 className="mt-6 text-lg font-semibold">Revisions</h2>
      <ol className="mt-2 space-y-1">
        {revisions.map((r) => (
          <li key={r.number}>
            Revision {r.number} by {r.author}, <Timestamp iso={r.createdAt} />
            {r.number === publishedRevision ? " — published" : null}
          </li>
        ))}
      </ol>

      <h2 className="mt-8 text-lg font-semibold">Compare two revisions</h2>
      {/* A plain GET form: comparing works without JavaScript. */}
      <form method="get" className="mt-2 flex flex-wrap items-end gap-4">
        {(["from", "to"] as const).map((name) => (
          <label key={name} className="flex flex-col">
            {name === "from" ? "From revision" : "To revision"}
            <select
              name={name}
              defaultValue={name === "from" ? from : to}
              className="rounded border border-stone-400 bg-white px-2 py-1"
            >
              {revisions.map((r) => (
                <option key={r.number} value={r.number}>
                  {r.number}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="rounded border border-stone-500 px-3 py-1">
          Compare
        </button>
      </form>
      <section aria-label={`Changes from revision ${from} to ${to}`} className="mt-4">
        {fromRevision && toRevision ? <RevisionDiff from={fromRevision} to={toRevision} /> : null}
      </section>
    </>
  );
}
