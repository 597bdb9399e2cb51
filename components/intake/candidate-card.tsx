"use client";

import type { CandidateView } from "@/lib/intake/preview-candidates";
import { DateHint, DateInput, dateHintId } from "@/components/ui/date-input";

/** What the analyst may correct on a candidate before creating it. */
export interface CandidateDraft {
  ticked: boolean;
  speakerName: string;
  speakerKind: "PERSON" | "ORGANIZATION" | "ANONYMOUS";
  affiliation: string;
  useActor: boolean;
  role: string;
  kind: CandidateView["kind"];
  resolveBy: string;
  useExisting: boolean;
}

export function draftOf(c: CandidateView): CandidateDraft {
  return {
    ticked: true,
    speakerName: c.speaker.name,
    speakerKind: c.speaker.kind,
    affiliation: c.speaker.affiliation ?? "",
    useActor: c.speaker.actorId !== null,
    role: c.speaker.role ?? "",
    kind: c.kind,
    resolveBy: c.resolveBy ?? "",
    useExisting: c.existingClaimId !== null,
  };
}

interface Props {
  index: number;
  candidate: CandidateView;
  draft: CandidateDraft;
  errors: Record<string, string>;
  onChange: (draft: CandidateDraft) => void;
}

const input =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-700";
const KINDS = ["STATEMENT", "PROMISE", "PREDICTION", "ASSESSMENT"] as const;

/** A claim's statement cut to a line, at a word boundary. */
function shorten(statement: string, max = 90): string {
  if (statement.length <= max) return statement;
  const cut = statement.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

/** One candidate in the list beside the article: tick it, correct it inline. */
export function CandidateCard({ index, candidate, draft, errors, onChange }: Props) {
  const id = (field: string) => `c${index}-${field}`;
  const set = (patch: Partial<CandidateDraft>) => onChange({ ...draft, ...patch });
  const error = (field: string) => errors[`items.${index}.${field}`];
  const messages = Object.entries(errors).filter(([k]) => k.startsWith(`items.${index}.`));
  return (
    <li
      className={`rounded border p-3 ${draft.ticked ? "border-blue-800 bg-white" : "border-stone-300 bg-stone-50"}`}
    >
      <div className="flex items-start gap-2">
        <input
          id={id("tick")}
          type="checkbox"
          checked={draft.ticked}
          onChange={(e) => set({ ticked: e.target.checked })}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={id("tick")} className="flex-1">
          <span className="font-semibold">
            {index + 1}. {candidate.form === "DIRECT" ? "Quote" : "Reported"}
          </span>{" "}
          <q className="text-stone-800">{candidate.quote}</q>
        </label>
      </div>
      <a href={`#passage-${index}`} className="text-sm">
        Show in the article
      </a>
      {candidate.existingClaimId ? (
        <div className="mt-2 rounded bg-amber-50 p-2">
          <input
            id={id("existing")}
            type="checkbox"
            checked={draft.useExisting}
            onChange={(e) => set({ useExisting: e.target.checked })}
            className="mr-2 h-4 w-4 align-middle"
          />
          <label htmlFor={id("existing")}>
            Add this source as a citation to claim{" "}
            <a href={`/claims/${candidate.existingClaimId}`} target="_blank" rel="noreferrer">
              {candidate.existingClaim
                ? `“${shorten(candidate.existingClaim.statement)}”`
                : "already in the library"}
            </a>
            {candidate.existingClaim ? ` by ${candidate.existingClaim.claimantName}` : ""} instead
            of a new claim
          </label>
        </div>
      ) : null}
      {draft.useExisting && candidate.existingClaimId ? null : (
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <div>
            <label htmlFor={id("speaker")} className="text-sm font-medium">
              Speaker
            </label>
            <input
              id={id("speaker")}
              className={input}
              value={draft.speakerName}
              onChange={(e) => set({ speakerName: e.target.value })}
              aria-invalid={error("claimantId") ? true : undefined}
            />
            {candidate.speaker.actorId ? (
              <label className="mt-1 block text-sm">
                <input
                  type="checkbox"
                  className="mr-1 align-middle"
                  checked={draft.useActor}
                  onChange={(e) => set({ useActor: e.target.checked })}
                />
                Existing actor: {candidate.speaker.actorName}
              </label>
            ) : null}
          </div>
          {draft.useActor && candidate.speaker.actorId ? null : (
            <div>
              <label htmlFor={id("speakerKind")} className="text-sm font-medium">
                New actor is a
              </label>
              <select
                id={id("speakerKind")}
                className={input}
                value={draft.speakerKind}
                onChange={(e) =>
                  set({ speakerKind: e.target.value as CandidateDraft["speakerKind"] })
                }
              >
                <option value="PERSON">person</option>
                <option value="ORGANIZATION">organization</option>
                <option value="ANONYMOUS">anonymous descriptor</option>
              </select>
              <label htmlFor={id("affiliation")} className="mt-1 block text-sm font-medium">
                Affiliation
              </label>
              <input
                id={id("affiliation")}
                className={input}
                value={draft.affiliation}
                onChange={(e) => set({ affiliation: e.target.value })}
              />
            </div>
          )}
          <div>
            <label htmlFor={id("role")} className="text-sm font-medium">
              Role at the time
            </label>
            <input
              id={id("role")}
              className={input}
              value={draft.role}
              onChange={(e) => set({ role: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor={id("kind")} className="text-sm font-medium">
              Kind
            </label>
            <select
              id={id("kind")}
              className={input}
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as CandidateDraft["kind"] })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={id("resolveBy")} className="text-sm font-medium">
              Resolve by
            </label>
            <DateHint fieldId={id("resolveBy")} />
            <DateInput
              id={id("resolveBy")}
              className={input}
              value={draft.resolveBy}
              onChange={(e) => set({ resolveBy: e.target.value })}
              aria-invalid={error("resolveBy") ? true : undefined}
              aria-describedby={dateHintId(id("resolveBy"))}
            />
          </div>
        </div>
      )}
      {messages.map(([key, message]) => (
        <p key={key} role="alert" className="mt-1 text-sm font-medium text-red-800">
          {message}
        </p>
      ))}
    </li>
  );
}
