import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session-user";
import { listLatestRevisions } from "@/lib/claims/revision-history";
import { Timestamp } from "@/components/ui/timestamp";

const SHOWN = 5;

/** A member's claim page: its latest revisions, and the way to the full history and diffs. */
export async function HistorySection({ claimId, user }: { claimId: string; user: SessionUser }) {
  const { total, publishedRevision, revisions } = await listLatestRevisions(user, claimId, SHOWN);
  return (
    <section className="mt-8" aria-labelledby="history">
      <h2 id="history" className="text-lg font-semibold">
        History
      </h2>
      <p className="text-sm text-stone-700">
        {total === 1 ? "1 revision" : `${total} revisions`}
        {total > SHOWN ? `; the latest ${SHOWN} are listed` : ""}.
      </p>
      <ol className="mt-2 space-y-1">
        {revisions.map((r) => (
          <li key={r.number}>
            Revision {r.number} by {r.author}, <Timestamp iso={r.createdAt} />
            {r.number === publishedRevision ? " — published" : null}
          </li>
        ))}
      </ol>
      <p className="mt-2">
        <Link href={`/claims/${claimId}/history`}>Full history, and compare two revisions</Link>
      </p>
    </section>
  );
}
