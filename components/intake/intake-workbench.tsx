"use client";

import { LongWorkProgress, useLongWork } from "@/components/ui/long-work";
import { useEffect, useRef, useState, useTransition } from "react";
import type { CandidateView } from "@/lib/intake/preview-candidates";
import type { IntakeResult } from "@/lib/intake/create-intake";
import type { IntakeSourceOption } from "@/lib/intake/queries";
import { articleText, INTAKE_ITEMS_MAX, INTAKE_TEXT_MAX } from "@/lib/intake/schemas";
import type { TCandidatesRequest, TIntakeInput } from "@/lib/intake/schemas";
import { ArticleForm, type ArticleFields } from "@/components/intake/article-form";
import { ArticleView } from "@/components/intake/article-view";
import { StoredSourceNotice } from "@/components/intake/stored-source-notice";
import type { StoredSourceMatch } from "@/lib/sources/stored-source";
import { CandidateCard, draftOf, type CandidateDraft } from "@/components/intake/candidate-card";
import { PAGE, Pager } from "@/components/intake/candidate-pager";
import { CreatedList } from "@/components/intake/created-list";

type Failure = { ok: false; message: string; fieldErrors?: Record<string, string> };
interface Props {
  sources: IntakeSourceOption[];
  scan: (input: TCandidatesRequest & { sourceId?: string | null }) => Promise<
    | {
        ok: true;
        text: string;
        candidates: CandidateView[];
        sourceId: string | null;
        stored: StoredSourceMatch | null;
      }
    | Failure
  >;
  create: (input: TIntakeInput) => Promise<{ ok: true; result: IntakeResult } | Failure>;
}

interface Scanned {
  fields: ArticleFields;
  text: string;
  sourceId: string | null;
  candidates: CandidateView[];
  stored: StoredSourceMatch | null;
}

/** Source errors from the create call come back as `source.url`; show them on the form. */
function articleErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) out[key.replace(/^source\./, "")] = message;
  return out;
}

/**
 * The intake workbench: scan an article, see the candidates highlighted in the text and
 * listed beside it, correct and tick them, create them. Everything is native form
 * controls, so it works from the keyboard alone; the pasted text is never cleared.
 */
export function IntakeWorkbench({ sources, scan, create }: Props) {
  const [scanned, setScanned] = useState<Scanned | null>(null);
  const [drafts, setDrafts] = useState<CandidateDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [result, setResult] = useState<IntakeResult | null>(null);
  // The quotes of the items sent, in their order, to name each created record.
  const [sentQuotes, setSentQuotes] = useState<string[]>([]);
  // After a scan or a save, focus moves to its outcome: the button pressed is disabled while
  // it works, and keyboard and screen-reader users should land on what changed.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const savedSection = useRef<HTMLElement>(null);
  useEffect(() => resultsHeading.current?.focus(), [scanned]);
  useEffect(() => savedSection.current?.focus(), [result]);
  // Offered when the pasted address is stored: record the pasted text as a capture of it.
  const [recapture, setRecapture] = useState(true);
  const [pending, startTransition] = useTransition();
  // One key per submission (lib/intake/idempotency.ts): a second press, or a retry after a
  // lost answer, sends the same key and gets the first answer; a new one after each success.
  const [submissionKey, setSubmissionKey] = useState(newSubmissionKey);
  // The list shows a page of candidates at a time: a long paste can hold thousands.
  const [page, setPage] = useState(0);

  // Scanning only reads, so it may be cancelled: its answer is then ignored.
  const scanning = useLongWork();
  const onScan = (fields: ArticleFields) =>
    void (async () => {
      setResult(null);
      setSubmissionKey(newSubmissionKey());
      // Over the limit: the shared rule's message at once, without sending megabytes first.
      if (fields.text.length > INTAKE_TEXT_MAX) {
        const checked = articleText.safeParse(fields.text);
        const text = checked.success ? "" : (checked.error.issues[0]?.message ?? "");
        setErrors({ text });
        setMessage("Some fields need attention.");
        return;
      }
      const outcome = await scanning.run("Finding candidates…", () =>
        scan({
          sourceId: fields.sourceId || null,
          text: fields.text,
          url: fields.url || null,
          title: fields.title || null,
          outlet: fields.outlet || null,
          publishedAt: fields.publishedAt || null,
        }),
      );
      if (outcome.cancelled) {
        setMessage(null);
        return;
      }
      const answer = outcome.value;
      if (!answer.ok) {
        setErrors(answer.fieldErrors ?? {});
        setMessage(answer.message);
        return;
      }
      if (!fields.sourceId && (!fields.url || !fields.title)) {
        setErrors({
          ...(fields.url ? {} : { url: "Enter the article's address to create its source" }),
          ...(fields.title ? {} : { title: "Enter the article's title to create its source" }),
        });
        setMessage("Candidates found. Add the address and title before creating them.");
      } else {
        setErrors({});
        setMessage(null);
      }
      setScanned({
        fields,
        text: answer.text,
        sourceId: answer.sourceId,
        candidates: answer.candidates,
        stored: answer.stored,
      });
      setRecapture(true);
      // More than one intake may create: nothing ticked, the analyst picks (ZIntakeInput).
      const many = answer.candidates.length > INTAKE_ITEMS_MAX;
      setDrafts(answer.candidates.map((c) => ({ ...draftOf(c), ticked: !many })));
      setPage(0);
      if (many && !answer.sourceId && fields.url && fields.title)
        setMessage(
          `${answer.candidates.length.toLocaleString("en-US")} candidates: more than one intake can create (${INTAKE_ITEMS_MAX}), so none are ticked. Tick the ones to keep.`,
        );
    })();

  const onCreate = () => {
    if (!scanned) return;
    const ticked = scanned.candidates.flatMap((c, i) => {
      const d = drafts[i];
      return d?.ticked ? [{ c, d }] : [];
    });
    const input: TIntakeInput = {
      idempotencyKey: submissionKey,
      sourceId: scanned.sourceId,
      source: scanned.sourceId
        ? null
        : {
            url: scanned.fields.url,
            title: scanned.fields.title,
            outlet: scanned.fields.outlet || null,
            publishedAt: scanned.fields.publishedAt || null,
            text: scanned.text,
            recapture: scanned.stored !== null && recapture,
          },
      items: ticked.map(({ c, d }) => ({
        form: c.form,
        quote: c.quote,
        existingClaimId: d.useExisting ? c.existingClaimId : null,
        claimantId: d.useActor ? c.speaker.actorId : null,
        newClaimant:
          d.useActor && c.speaker.actorId
            ? null
            : { name: d.speakerName, kind: d.speakerKind, affiliation: d.affiliation || null },
        claimantRole: d.role || null,
        kind: d.kind,
        resolveBy: d.resolveBy || null,
      })),
    };
    // Errors name items by their place among the ticked ones; show them on the right card.
    const placeOf = ticked.map(({ c }) => scanned.candidates.indexOf(c));
    startTransition(async () => {
      const answer = await create(input);
      if (!answer.ok) {
        const mapped: Record<string, string> = {};
        for (const [key, value] of Object.entries(answer.fieldErrors ?? {})) {
          const m = /^items\.(\d+)\.(.*)$/.exec(key);
          mapped[m ? `items.${placeOf[Number(m[1])] ?? m[1]}.${m[2]}` : key] = value;
        }
        setErrors(mapped);
        setMessage(answer.message);
        return;
      }
      setErrors({});
      setMessage(null);
      setResult(answer.result);
      setSentQuotes(ticked.map(({ c }) => c.quote));
      setSubmissionKey(newSubmissionKey());
    });
  };

  const tickedCount = drafts.filter((d) => d.ticked).length;
  return (
    <div>
      {message ? (
        <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {message}
        </p>
      ) : null}
      <ArticleForm
        sources={sources}
        errors={articleErrors(errors)}
        pending={pending || scanning.status !== null}
        onScan={onScan}
      />
      <LongWorkProgress work={scanning} />
      {scanned?.stored ? (
        <StoredSourceNotice stored={scanned.stored} recapture={recapture} onChange={setRecapture} />
      ) : null}
      {scanned ? (
        <div className="mt-8">
          <h2 ref={resultsHeading} tabIndex={-1} className="mb-3 text-xl font-semibold">
            {scanned.candidates.length === 0
              ? "No candidates found"
              : `${scanned.candidates.length} ${scanned.candidates.length === 1 ? "candidate" : "candidates"}`}
          </h2>
          <div className="grid gap-6 lg:grid-cols-2">
            <ArticleView
              text={scanned.text}
              passages={scanned.candidates.map((c, i) => ({
                start: c.start,
                end: c.end,
                ticked: drafts[i]?.ticked ?? false,
              }))}
            />
            <div>
              <ol aria-label="Candidates" className="space-y-3">
                {scanned.candidates.slice(page * PAGE, (page + 1) * PAGE).map((c, k) => {
                  const i = page * PAGE + k;
                  return (
                    <CandidateCard
                      key={`${c.start}-${c.end}`}
                      index={i}
                      candidate={c}
                      draft={drafts[i] ?? draftOf(c)}
                      errors={errors}
                      onChange={(d) => setDrafts((all) => all.map((x, j) => (j === i ? d : x)))}
                    />
                  );
                })}
              </ol>
              {scanned.candidates.length > PAGE ? (
                <Pager page={page} total={scanned.candidates.length} onPage={setPage} />
              ) : null}
              {scanned.candidates.length > 0 ? (
                <button
                  type="button"
                  onClick={onCreate}
                  disabled={pending || tickedCount === 0}
                  className="mt-4 rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
                >
                  {pending ? "Creating…" : `Create ${tickedCount} ticked`}
                </button>
              ) : null}
            </div>
          </div>
        </div>
      ) : null}
      {result ? <CreatedList ref={savedSection} result={result} quotes={sentQuotes} /> : null}
    </div>
  );
}

/** 128 random bits as hex; getRandomValues also works outside secure contexts. */
function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
