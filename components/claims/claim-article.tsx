import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimScope } from "@/lib/claims/visibility";
import { KIND_LABELS } from "@/lib/scales";
import { describeClaim } from "@/lib/public/describe-claim";
import type { ClaimReviewJsonLd } from "@/lib/public/claim-review";
import { organizationName } from "@/lib/site/origin";
import { EditorialBadge, OutcomeBadge } from "@/components/claims/outcome-badge";
import { DraftCleaner } from "@/components/claims/member-forms";
import { ClaimWorkflow } from "@/components/review/claim-workflow";
import { CitationsSection } from "@/components/citations/citations-section";
import { TimelineSection } from "@/components/outcomes/timeline-section";
import { ForecastsSection } from "@/components/forecasts/forecasts-section";
import { CommentsSection } from "@/components/comments/comments-section";
import { JsonLd } from "@/components/public/json-ld";
import { RelatedClaims } from "@/components/public/related-claims";
import { DateText } from "@/components/ui/timestamp";
import { ClaimSectionsNav } from "@/components/claims/claim-sections-nav";
import { HistorySection } from "@/components/claims/history-section";

/** A claim page's metadata; `origin` is the site's public origin. */
export function claimMetadata(claim: ClaimView, origin: string): Metadata {
  const title = `${claim.claimant.name}: ${claim.statement.slice(0, 80)}`;
  const description = describeClaim({
    kind: claim.kind,
    claimantName: claim.claimant.name,
    claimantRole: claim.claimantRole,
    madeAt: claim.madeAt,
    outcome: claim.outcomeStatus,
  });
  const url = `${origin}/claims/${claim.id}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      title,
      description,
      url,
      siteName: organizationName(),
      ...(claim.firstPublishedAt ? { publishedTime: claim.firstPublishedAt } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}

/**
 * A claim's page: the public reading (on the cached page: no user, no `saved`), or a
 * member's working copy with the editorial tools.
 */
export function ClaimArticle({
  claim,
  scope,
  user,
  claimReview,
  saved,
}: {
  claim: ClaimView;
  scope: ClaimScope;
  user: SessionUser | null;
  claimReview: ClaimReviewJsonLd | null;
  /** `?saved=` after a member's save: new, edit or merged. */
  saved?: string;
}) {
  // A save lands here with ?saved=new|edit; its draft in the browser is then obsolete.
  const savedDraft =
    saved === "new"
      ? "claim:new"
      : saved === "edit" || saved === "merged"
        ? `claim:${claim.id}`
        : null;
  return (
    <article>
      {claimReview ? <JsonLd data={claimReview} /> : null}
      {savedDraft ? <DraftCleaner draftKey={savedDraft} /> : null}
      {saved === "merged" && scope === "internal" ? (
        <p role="status" className="mb-4 rounded bg-blue-50 p-3 text-blue-950">
          Others saved this claim while you were editing. Your changes were combined with theirs in
          revision {claim.version ?? claim.revision}; nothing of theirs was reverted.
        </p>
      ) : null}
      {scope === "internal" ? (
        <nav aria-label="Claim tools" className="mb-4 flex gap-4 text-sm">
          {can(user?.role, "claim.update") && claim.editorialStatus !== "RETRACTED" ? (
            <Link href={`/claims/${claim.id}/edit`}>Edit</Link>
          ) : null}
          <Link href={`/claims/${claim.id}/history`}>History</Link>
        </nav>
      ) : null}
      {scope === "internal" && user ? <ClaimWorkflow claim={claim} user={user} /> : null}
      {claim.editorialStatus === "RETRACTED" ? (
        <aside className="mb-6 rounded border-2 border-red-800 bg-red-50 p-4" role="note">
          <h2 className="font-bold text-red-900">Retracted</h2>
          <p>{claim.correctionNote}</p>
        </aside>
      ) : null}
      {scope === "internal" && claim.editorialStatus !== "PUBLISHED" ? (
        <p className="mb-4 rounded bg-amber-100 p-3 text-amber-950">
          Not public: you are reading the team&apos;s working copy.
        </p>
      ) : null}
      {scope === "internal" ? <ClaimSectionsNav /> : null}
      <p className="flex flex-wrap gap-2">
        <OutcomeBadge status={claim.outcomeStatus} kind={claim.kind} />
        {scope === "internal" ? <EditorialBadge status={claim.editorialStatus} /> : null}
      </p>
      <h1 id="statement" className="mt-3 text-2xl font-bold leading-snug">
        {claim.isVerbatim ? `“${claim.statement}”` : claim.statement}
      </h1>
      {!claim.isVerbatim ? <p className="text-sm text-stone-700">(paraphrase)</p> : null}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-stone-700">Claimant</dt>
        <dd>
          <Link href={`/actors/${claim.claimant.id}`}>{claim.claimant.name}</Link>
          {claim.claimantRole ? `, ${claim.claimantRole}` : null}
        </dd>
        <dt className="text-stone-700">Made on</dt>
        <dd>
          <DateText value={claim.madeAt} />
        </dd>
        <dt className="text-stone-700">Kind</dt>
        <dd>{KIND_LABELS[claim.kind]}</dd>
        {claim.resolveBy ? (
          <>
            <dt className="text-stone-700">Resolve by</dt>
            <dd>
              <DateText value={claim.resolveBy} />
            </dd>
          </>
        ) : null}
        {claim.topics.length > 0 ? (
          <>
            <dt className="text-stone-700">Topics</dt>
            <dd>
              {claim.topics.map((t, i) => (
                <span key={t.id}>
                  {i > 0 ? ", " : null}
                  <Link href={`/topics/${encodeURIComponent(t.slug)}`}>{t.name}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      {claim.resolutionCriteria ? (
        <section className="mt-6">
          <h2 className="text-lg font-semibold">What would make it hold</h2>
          <p>{claim.resolutionCriteria}</p>
        </section>
      ) : null}
      {/* In the order of CLAIM_SECTIONS: the sources, then what happened, then judgements. */}
      <CitationsSection claimId={claim.id} scope={scope} />
      <TimelineSection claimId={claim.id} kind={claim.kind} scope={scope} />
      <ForecastsSection claimId={claim.id} scope={scope} />
      <CommentsSection claimId={claim.id} scope={scope} />
      {scope === "internal" && user ? <HistorySection claimId={claim.id} user={user} /> : null}
      <RelatedClaims claimId={claim.id} claimantId={claim.claimant.id} topics={claim.topics} />
    </article>
  );
}
