import { z } from "zod";
import {
  ActorKind,
  CaptureMethod,
  EditorialStatus,
  Role,
  SourceKind,
  SourceReliability,
} from "@/lib/generated/prisma/enums";
import {
  count,
  dateTime,
  day,
  id,
  named,
  numberedPage,
  person,
  type Agrees,
  type Holds,
} from "@/lib/public/openapi/zod-shapes";
import { recaptureResult } from "@/lib/public/openapi/capture-schemas";
import type { UserPage } from "@/lib/admin/list-users";
import type { ApiTokenRow } from "@/lib/api-tokens/api-token-row";
import type { InvitationRow } from "@/lib/invitations/invitation-row";
import type { TopicView } from "@/lib/topics/topic-view";

// The shapes of actors, topics, sources and accounts in the API's answers.

const actor = named(
  "Actor",
  z.object({
    id,
    name: z.string(),
    kind: z.enum(ActorKind),
    affiliation: z.string().nullable(),
    description: z.string().nullable(),
    aliases: z.array(z.object({ id, alias: z.string() })),
    mergedIntoId: id.nullable(),
    updatedAt: dateTime,
  }),
);
named("ActorPage", numberedPage(actor));
named(
  "ActorMerge",
  z.object({
    id,
    intoId: id,
    claimsMoved: count,
    revisionsMoved: count,
    survivor: actor,
  }),
);

const topic = named(
  "Topic",
  z.object({ id, name: z.string(), slug: z.string(), archivedAt: dateTime.nullable() }),
);
named("TopicList", z.object({ items: z.array(topic) }));

const sourceSummaryContent = {
  id,
  url: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: day.nullable(),
  accessedAt: dateTime,
  kind: z.enum(SourceKind),
  language: z.string().nullable(),
  reliability: z.enum(SourceReliability),
  capturedAt: dateTime.nullable(),
  capturedSha256: z.string().nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
  citationCount: count,
};
named("SourcePage", numberedPage(named("SourceSummary", z.object(sourceSummaryContent))));
const source = named(
  "Source",
  z.object({
    ...sourceSummaryContent,
    capturedText: z.string().nullable().describe("The latest capture's text"),
    createdBy: person,
    captures: z
      .array(
        z.object({
          number: z.int().min(1),
          capturedAt: dateTime,
          sha256: z.string(),
          method: z.enum(CaptureMethod),
          lastCheckedAt: dateTime.describe("When the page last read exactly like this capture"),
          length: count,
          capturedBy: z.string().optional().describe("Who captured it (members only)"),
        }),
      )
      .describe("Every version of the text, oldest first (lib/sources/captures.ts)"),
    changedAt: dateTime.nullable().describe("When a capture first differed from the first one"),
    citingClaims: z.array(
      z.object({
        id,
        statement: z.string(),
        isVerbatim: z.boolean(),
        claimantName: z.string(),
        editorialStatus: z.enum(EditorialStatus),
      }),
    ),
  }),
);
named(
  "SourceSaved",
  z.object({
    existing: z.boolean(),
    source,
    recapture: recaptureResult.optional(),
  }),
);
named(
  "FetchedPage",
  z.object({
    url: z.string(),
    title: z.string().nullable(),
    text: z.string(),
    contentType: z.string(),
  }),
);

const user = named(
  "User",
  z.object({
    id,
    name: z.string(),
    email: z.string(),
    role: z.enum(Role),
    active: z.boolean(),
    deactivatedAt: dateTime.nullable(),
    createdAt: dateTime,
  }),
);
export const ZUserPage = named("UserPage", numberedPage(user));

const invitation = named(
  "Invitation",
  z.object({
    id,
    email: z.string(),
    role: z.enum(Role),
    status: z.enum(["PENDING", "ACCEPTED", "EXPIRED", "REVOKED"]),
    invitedBy: z.string().describe("Name of the admin who sent it"),
    createdAt: dateTime,
    expiresAt: dateTime,
    acceptedAt: dateTime.nullable(),
    revokedAt: dateTime.nullable(),
  }),
);
named("InvitationList", z.array(invitation));
named(
  "InvitationSent",
  invitation.extend({ link: z.string().describe("The link to accept it, shown this once") }),
);

const apiToken = named(
  "ApiToken",
  z
    .object({
      id,
      name: z.string(),
      owner: z.object({ id, name: z.string(), email: z.string() }),
      createdAt: dateTime,
      lastUsedAt: dateTime.nullable(),
      revokedAt: dateTime.nullable(),
    })
    .describe("A personal API token as listed: never its value"),
);
named("ApiTokenList", z.array(apiToken));
named(
  "ApiTokenCreated",
  apiToken.extend({ token: z.string().describe("The token itself, shown this once") }),
);

// Checked against the types the code answers with (lib/topics, lib/admin, lib/invitations,
// lib/api-tokens).
type _Topic = Holds<Agrees<typeof topic, TopicView>>;
type _Users = Holds<Agrees<typeof ZUserPage, UserPage>>;
type _Invitation = Holds<Agrees<typeof invitation, InvitationRow>>;
type _ApiToken = Holds<Agrees<typeof apiToken, ApiTokenRow>>;
