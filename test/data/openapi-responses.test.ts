// Every operation in the OpenAPI document, called through its real route handler against the
// real database, answers with a status the document lists and a body valid against its
// schema (test/support/api-calls.ts): a change to an answer that the document does not follow
// fails here. The request (headers, next-auth session) is stood in for; the rest is real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { openSession } from "@/lib/auth/sessions";
import { MEMBER_TABLES, TEAM_TABLES } from "@/lib/analytics/filters";
import {
  callApi,
  called,
  caller,
  documentedOperations,
  expectAnswer,
  tokenMember as member,
  type Call,
} from "@/test/support/api-calls";

vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(caller.headers),
  cookies: () => Promise.resolve(new Map()),
}));
vi.mock("next-auth", () => ({ getServerSession: () => Promise.resolve(caller.session) }));

const ARTICLE =
  'The minister said on Monday: "We will open the new bridge to traffic by March 2026." Critics doubt it.';
const QUOTE = "We will open the new bridge to traffic by March 2026.";

type As = NonNullable<Call["as"]>;
let analyst: As, editor: As, admin: As, viewer: As;
let adminUser: SessionUser;

beforeAll(async () => {
  [analyst] = await member("ANALYST");
  [editor] = await member("EDITOR");
  [viewer] = await member("VIEWER");
  [admin, adminUser] = await member("ADMIN");
});

const ids = { actor: "", duplicate: "", topic: "", source: "", claim: "" };
const str = (v: unknown) => String(v);

describe("every documented route answers as the OpenAPI document says", () => {
  it("the library: actors, topics, sources", async () => {
    const actor = await expectAnswer("POST", "/actors", 201, {
      as: analyst,
      body: { name: "Ana Ruiz", kind: "PERSON", aliases: ["A. Ruiz"] },
    });
    ids.actor = str(actor.id);
    const other = await expectAnswer("POST", "/actors", 201, {
      as: analyst,
      body: { name: "Ana Ruíz", kind: "PERSON" },
    });
    ids.duplicate = str(other.id);
    await expectAnswer("GET", "/actors", 200, { query: { q: "Ruiz" } });
    await expectAnswer("GET", "/actors/{id}", 200, { params: { id: ids.actor } });
    await expectAnswer("PATCH", "/actors/{id}", 200, {
      as: analyst,
      params: { id: ids.actor },
      body: { affiliation: "Ministry of Transport" },
    });
    await expectAnswer("GET", "/actors/{id}", 404, { params: { id: crypto.randomUUID() } });

    const topic = await expectAnswer("POST", "/topics", 201, {
      as: analyst,
      body: { name: "Bridges" },
    });
    ids.topic = str(topic.id);
    await expectAnswer("GET", "/topics", 200);
    await expectAnswer("GET", "/topics/{id}", 200, { params: { id: ids.topic } });
    await expectAnswer("PATCH", "/topics/{id}", 200, {
      as: analyst,
      params: { id: ids.topic },
      body: { name: "Bridges and roads" },
    });

    const url = "https://news.example.test/bridge";
    const source = { url, title: "The bridge", kind: "NEWS_ARTICLE", capturedText: ARTICLE };
    const saved = await expectAnswer("POST", "/sources", 201, { as: analyst, body: source });
    ids.source = str((saved.source as { id: string }).id);
    // The same address again opens the source already kept.
    await expectAnswer("POST", "/sources", 200, { as: analyst, body: source });
    await expectAnswer("GET", "/sources", 200, { as: viewer });
    await expectAnswer("GET", "/sources/{id}", 200, { as: viewer, params: { id: ids.source } });
    await expectAnswer("PATCH", "/sources/{id}", 200, {
      as: analyst,
      params: { id: ids.source },
      body: { outlet: "The Daily Example" },
    });
    const recapture = {
      as: analyst,
      params: { id: ids.source },
      body: { capturedText: `${ARTICLE} Updated at noon.` },
    };
    await expectAnswer("POST", "/sources/{id}/captures", 201, recapture);
    // The same text again is no new version.
    await expectAnswer("POST", "/sources/{id}/captures", 200, recapture);
    await expectAnswer("GET", "/sources/{id}/captures/{number}", 200, {
      as: viewer,
      params: { id: ids.source, number: "1" },
    });
    // A private address is refused before anything is fetched.
    await expectAnswer("POST", "/sources/fetch", 400, {
      as: analyst,
      body: { url: "http://127.0.0.1/article" },
    });
  });

  it("claims, their citations, outcomes, forecasts, comments and reviews", async () => {
    const claim = await expectAnswer("POST", "/claims", 201, {
      as: analyst,
      body: {
        statement: QUOTE,
        isVerbatim: true,
        claimantId: ids.actor,
        madeAt: "2025-12-15",
        kind: "PROMISE",
        topicIds: [ids.topic],
        resolutionCriteria: "Holds if the bridge opens to traffic by 2026-03-31.",
        resolveBy: "2026-03-31",
      },
    });
    const claimId = str(claim.id);
    ids.claim = claimId;
    const onClaim = { id: claimId };
    await expectAnswer("PATCH", "/claims/{id}", 200, {
      as: analyst,
      params: onClaim,
      body: { version: claim.version, claimantRole: "Minister of transport" },
    });
    const internal = { as: viewer, params: onClaim, query: { scope: "internal" } };
    await expectAnswer("GET", "/claims/{id}", 200, internal);
    await expectAnswer("GET", "/claims/{id}", 404, { params: onClaim });

    const citation = await expectAnswer("POST", "/claims/{id}/citations", 201, {
      as: analyst,
      params: onClaim,
      body: { sourceId: ids.source, quote: QUOTE, credibility: "2" },
    });
    const onCitation = { id: claimId, citationId: str(citation.id) };
    await expectAnswer("PATCH", "/claims/{id}/citations/{citationId}", 200, {
      as: analyst,
      params: onCitation,
      body: { quote: QUOTE, credibility: "3", note: "Said on the radio too" },
    });
    await expectAnswer("GET", "/claims/{id}/citations", 200, internal);
    await expectAnswer("POST", "/claims/{id}/outcomes", 201, {
      as: analyst,
      params: onClaim,
      body: { occurredAt: "2026-01-10", status: "IN_PROGRESS", note: "Works under way." },
    });
    await expectAnswer("POST", "/claims/{id}/forecasts", 201, {
      as: analyst,
      params: onClaim,
      body: { probability: 30, confidence: "MODERATE", rationale: "Delays so far." },
    });
    await expectAnswer("POST", "/claims/{id}/comments", 201, {
      as: viewer,
      params: onClaim,
      body: { body: "Check the tender documents." },
    });
    await expectAnswer("GET", "/claims/{id}/comments", 200, { as: viewer, params: onClaim });

    const submitted = await expectAnswer("POST", "/claims/{id}/submit", 201, {
      as: analyst,
      params: onClaim,
    });
    await expectAnswer("GET", "/reviews", 200, { as: viewer });
    await expectAnswer("POST", "/reviews/{id}/approve", 200, {
      as: editor,
      params: { id: str(submitted.reviewId) },
      body: { comment: "Sourced and graded." },
    });

    await expectAnswer("GET", "/claims", 200, { query: { q: "bridge" } });
    await expectAnswer("GET", "/claims", 200, { as: viewer, query: { scope: "internal" } });
    await expectAnswer("GET", "/claims/{id}", 200, { params: onClaim });
    await expectAnswer("GET", "/claims/{id}/citations", 200, { params: onClaim });
    await expectAnswer("GET", "/claims/{id}/outcomes", 200, { params: onClaim });
    await expectAnswer("GET", "/claims/{id}/forecasts", 200, { params: onClaim });
    await expectAnswer("GET", "/claims/{id}/revisions", 200, { as: viewer, params: onClaim });
    await expectAnswer("POST", "/claims/{id}/citations/{citationId}/withdraw", 200, {
      as: analyst,
      params: onCitation,
      body: { reason: "A better source came in." },
    });
    await expectAnswer("GET", "/export/claims.json", 200);
    await expectAnswer("GET", "/export/claims.csv", 200, { query: { kind: "PROMISE" } });

    const second = await expectAnswer("POST", "/claims", 201, {
      as: analyst,
      body: {
        statement: "Tolls stay as they are.",
        claimantId: ids.actor,
        madeAt: "2025-12-16",
        kind: "PROMISE",
      },
    });
    const review = await expectAnswer("POST", "/claims/{id}/submit", 201, {
      as: analyst,
      params: { id: str(second.id) },
    });
    await expectAnswer("POST", "/reviews/{id}/request-changes", 200, {
      as: editor,
      params: { id: str(review.reviewId) },
      body: { comment: "Which tolls?" },
    });
    await expectAnswer("POST", "/claims/{id}/retract", 200, {
      as: editor,
      params: onClaim,
      body: { correctionNote: "The quote was from another minister." },
    });
    await expectAnswer("POST", "/actors/{id}/merge", 200, {
      as: editor,
      params: { id: ids.duplicate },
      body: { intoId: ids.actor },
    });
  });

  it("intake", async () => {
    await expectAnswer("POST", "/intake/candidates", 200, {
      as: analyst,
      body: { text: ARTICLE, url: "https://news.example.test/bridge", publishedAt: "2025-12-15" },
    });
    const body = {
      source: {
        url: "https://news.example.test/tolls",
        title: "Tolls",
        text: 'The mayor said: "Tolls will not rise this year." Drivers were relieved.',
      },
      items: [{ form: "DIRECT", quote: "Tolls will not rise this year.", claimantId: ids.actor }],
    };
    await expectAnswer("POST", "/intake", 201, { as: analyst, body });
    await expectAnswer("POST", "/intake", 200, { as: analyst, body });
  });

  it("accounts, tokens and the audit log", async () => {
    const users = await expectAnswer("GET", "/admin/users", 200, { as: admin });
    const someone = (users.items as { id: string; role: string }[]).find(
      (u) => u.role === "VIEWER",
    );
    await expectAnswer("PATCH", "/admin/users/{id}", 200, {
      as: admin,
      params: { id: str(someone?.id) },
      body: { role: "ANALYST" },
    });
    const invitation = await expectAnswer("POST", "/admin/invitations", 201, {
      as: admin,
      body: { email: "new.analyst@example.test", role: "ANALYST" },
    });
    await expectAnswer("GET", "/admin/invitations", 200, { as: admin });
    await expectAnswer("POST", "/admin/invitations/{id}/revoke", 200, {
      as: admin,
      params: { id: str(invitation.id) },
    });

    const session = { userId: adminUser.id, sessionId: await openSession(adminUser.id, 60) };
    const created = await expectAnswer("POST", "/tokens", 201, {
      as: { session },
      body: { name: "nightly export" },
    });
    await expectAnswer("POST", "/tokens", 403, { as: admin, body: { name: "a copy" } });
    await expectAnswer("GET", "/tokens", 200, { as: { session } });
    await expectAnswer("POST", "/tokens/{id}/revoke", 200, {
      as: { session },
      params: { id: str(created.id) },
    });

    await expectAnswer("GET", "/audit/events", 200, { as: admin });
    await expectAnswer("GET", "/audit/events", 403, { as: viewer });
    const checkpoint = await callApi("POST", "/audit/checkpoints", { as: admin });
    expect(checkpoint.problems).toEqual([]);
    expect([201, 503]).toContain(checkpoint.status);
    await expectAnswer("GET", "/audit/checkpoints", 200);
  });

  it("analytics", async () => {
    await expectAnswer("GET", "/analytics/forecasters", 200, { as: viewer });
    await expectAnswer("GET", "/analytics/sources", 200, { as: viewer });
    await expectAnswer("GET", "/analytics/speakers", 200, { as: viewer });
    await expectAnswer("GET", "/analytics/team", 200);
    await expectAnswer("GET", "/analytics/csv/{table}", 200, {
      as: viewer,
      params: { table: MEMBER_TABLES[0] },
    });
    await expectAnswer("GET", "/analytics/team/csv/{table}", 200, {
      params: { table: TEAM_TABLES[0] },
    });
    await expectAnswer("GET", "/openapi.json", 200);
  });

  it("called every documented operation", () => {
    expect([...called].sort()).toEqual(documentedOperations().sort());
  });
});
