import type { SourceKind, SourceReliability } from "@/lib/generated/prisma/enums";
import { reliabilityText, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { formatDay } from "@/lib/dates/format";
import { ExternalLink } from "@/components/ui/external-link";

/** A source's address and public description: the part every reader sees. */
export function SourceFacts({
  source,
  children,
}: {
  source: {
    url: string;
    outlet: string | null;
    author: string | null;
    publishedAt: string | null;
    kind: SourceKind;
    language: string | null;
    reliability: SourceReliability;
  };
  /** More rows for members (accessed at, added by). */
  children?: React.ReactNode;
}) {
  return (
    <>
      <p className="mt-2 break-all">
        <ExternalLink url={source.url}>{source.url}</ExternalLink>
      </p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-stone-700">Reliability</dt>
        <dd>{reliabilityText(source.reliability)}</dd>
        <dt className="text-stone-700">Kind</dt>
        <dd>{SOURCE_KIND_LABELS[source.kind]}</dd>
        <dt className="text-stone-700">Outlet</dt>
        <dd>{source.outlet ?? "—"}</dd>
        <dt className="text-stone-700">Author</dt>
        <dd>{source.author ?? "—"}</dd>
        <dt className="text-stone-700">Published on</dt>
        <dd>{source.publishedAt ? formatDay(source.publishedAt) : "—"}</dd>
        <dt className="text-stone-700">Language</dt>
        <dd>{source.language ?? "—"}</dd>
        {children}
      </dl>
    </>
  );
}
