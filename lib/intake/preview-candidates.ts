import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { fieldErrorsFrom, invalid } from "@/lib/errors";
import { authorize } from "@/lib/mutation";
import { extractCandidates } from "@/lib/intake/extract";
import { matchSpeakers, speakerKey } from "@/lib/intake/match-actors";
import {
  describeClaims,
  findExistingClaims,
  type ExistingClaim,
} from "@/lib/intake/find-existing-claims";
import { ZCandidatesRequest } from "@/lib/intake/schemas";
import type { CandidateForm, CandidateKind, SpeakerKind } from "@/lib/intake/types";
import type { TextQuoteSelector } from "@/lib/sources/text-quote";

/** One candidate as the API and the /intake page show it. */
export interface CandidateView {
  form: CandidateForm;
  /** Exactly `text.slice(start, end)`, without quotation marks. */
  quote: string;
  start: number;
  end: number;
  selector: TextQuoteSelector;
  speaker: {
    name: string;
    anonymous: boolean;
    affiliation: string | null;
    role: string | null;
    /** The existing actor the name or alias matches, or null: a new actor to create. */
    actorId: string | null;
    /** Additions to the shape: what kind of actor to create, and the matched name. */
    kind: SpeakerKind;
    actorName: string | null;
  };
  kind: CandidateKind;
  /** "YYYY-MM-DD" or null. */
  resolveBy: string | null;
  /** A claim whose citation already has these words: cite this source there instead. */
  existingClaimId: string | null;
  /** That claim's statement and claimant, so the offer can name it (an addition to the shape). */
  existingClaim: ExistingClaim | null;
}

/**
 * Scans an article for candidate claims (analyst and above; persists nothing): extraction
 * (lib/intake/extract.ts), then the speakers matched to actors and the passages to claims
 * already citing them, in three queries. Errors: UNAUTHORIZED, FORBIDDEN, INVALID per field.
 */
export async function previewCandidates(
  user: SessionUser | null,
  raw: unknown,
): Promise<{ candidates: CandidateView[] }> {
  authorize(user, "intake.preview");
  const parsed = ZCandidatesRequest.safeParse(raw);
  if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error));
  const { text, publishedAt } = parsed.data;
  const found = extractCandidates(text, {
    articleDate: publishedAt ? publishedAt.toISOString().slice(0, 10) : null,
  });
  const speakers = found.flatMap((c) => (c.speaker ? [c.speaker] : []));
  const [actors, existing] = await Promise.all([
    matchSpeakers(speakers),
    findExistingClaims(found.map((c) => c.quote)),
  ]);
  const described = await describeClaims(existing.flatMap((id) => (id ? [id] : [])));
  const candidates = found.map((c, i): CandidateView => {
    const speaker = c.speaker ?? {
      name: "",
      kind: "PERSON" as const,
      anonymous: false,
      affiliation: null,
      role: null,
    };
    const match = speaker.name ? actors.get(speakerKey(speaker)) : undefined;
    return {
      form: c.form,
      quote: c.quote,
      start: c.start,
      end: c.end,
      selector: c.selector,
      speaker: {
        name: speaker.name,
        anonymous: speaker.anonymous,
        affiliation: speaker.affiliation,
        role: speaker.role,
        actorId: match?.actorId ?? null,
        kind: speaker.kind,
        actorName: match?.actorName ?? null,
      },
      kind: c.kind,
      resolveBy: c.resolveBy,
      existingClaimId: existing[i] ?? null,
      existingClaim: described.get(existing[i] ?? "") ?? null,
    };
  });
  return { candidates };
}
