import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { EDITORIAL_LABELS } from "@/lib/scales";
import { AppError } from "@/lib/errors";
import { getSource } from "@/lib/sources/queries";
import { getPublicSource } from "@/lib/sources/public-source";
import { CapturedCopy } from "@/components/sources/captured-copy";
import { CaptureHistory } from "@/components/sources/capture-history";
import { CaptureCompare } from "@/components/sources/capture-compare";
import { captureTextUrl } from "@/lib/sources/capture-urls";
import { PublicSourceView, publicSourceMetadata } from "@/components/sources/public-source-view";
import { RecaptureSection } from "@/components/sources/recapture-section";
import { SourceFacts } from "@/components/sources/source-facts";
import { Timestamp } from "@/components/ui/timestamp";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Members see the whole record; everyone else sees the public reading of a source cited by a
// published claim (served from the public cache), and "not found" for any other source.
const load = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (user && can(user.role, "claim.readInternal")) {
    try {
      return { kind: "member" as const, user, source: await getSource(user, id) };
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }
  }
  const source = await getPublicSource(id);
  if (!source) notFound();
  return { kind: "public" as const, source };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).id);
  if (loaded.kind === "public") return publicSourceMetadata(loaded.source);
  return { title: loaded.source.title.slice(0, 80), robots: { index: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SourcePage({ params, searchParams }: Props) {
  const loaded = await load((await params).id);
  if (loaded.kind === "public") return <PublicSourceView source={loaded.source} />;
  const { user, source } = loaded;
  const notice = await searchParams;
  const recaptured = one(notice.recaptured);
  const latest = source.captures.at(-1);
  return (
    <article>
      {notice.existing === "1" ? (
        <p
          role="status"
          className="mb-6 rounded border border-blue-800 bg-blue-50 p-3 text-blue-950"
        >
          This address is already in the library, so nothing was added: this is the existing source.
        </p>
      ) : null}
      {recaptured === "changed" || recaptured === "unchanged" ? (
        <p role="status" className="mb-6 rounded border border-green-800 bg-green-50 p-3">
          {recaptured === "changed"
            ? "The text differs from the latest capture: it was saved as a new version, and every quote cited from this source was checked against it."
            : "The text is the same as the latest capture: its check time was recorded."}
        </p>
      ) : null}
      {notice.saved === "1" ? (
        <p role="status" className="mb-6 rounded border border-green-800 bg-green-50 p-3">
          Changes saved.
        </p>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-2xl font-bold leading-snug">{source.title}</h1>
        {can(user.role, "source.update") ? (
          <Link
            href={`/sources/${source.id}/edit`}
            className="rounded border border-blue-800 px-3 py-1.5 no-underline"
          >
            Edit source
          </Link>
        ) : null}
      </div>
      <SourceFacts source={source}>
        <dt className="text-stone-700">Accessed at</dt>
        <dd>
          <Timestamp iso={source.accessedAt} />
        </dd>
        <dt className="text-stone-700">Added by</dt>
        <dd>{source.createdBy.name}</dd>
      </SourceFacts>
      {can(user.role, "audit.read") ? (
        <p className="mt-3">
          <Link href={`/admin/audit?entityType=Source&entityId=${source.id}`}>
            Audit events of this source
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="citing-claims" className="mt-8">
        <h2 id="citing-claims" className="text-lg font-semibold">
          Claims citing this source
        </h2>
        {source.citingClaims.length === 0 ? (
          <p className="text-stone-700">No claim cites this source yet.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {source.citingClaims.map((c) => (
              <li key={c.id}>
                <Link href={`/claims/${c.id}`}>
                  {c.isVerbatim ? `“${c.statement}”` : c.statement}
                </Link>{" "}
                <span className="text-sm text-stone-700">
                  — {c.claimantName} · {EDITORIAL_LABELS[c.editorialStatus]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="captures" className="mt-8">
        <h2 id="captures" className="text-lg font-semibold">
          Captures
        </h2>
        <CaptureHistory captures={source.captures} changedAt={source.changedAt} showDetails />
        <CaptureCompare
          sourceId={source.id}
          count={source.captures.length}
          from={Number(one(notice.from))}
          to={Number(one(notice.to))}
        />
        {can(user.role, "source.update") ? (
          <RecaptureSection sourceId={source.id} url={source.url} />
        ) : null}
      </section>
      <CapturedCopy
        text={source.capturedText}
        capturedAt={source.capturedAt}
        sha256={source.capturedSha256}
        downloadUrl={latest ? captureTextUrl(source.id, latest.number) : null}
      />
    </article>
  );
}
