import {
  ActorKind,
  EditorialStatus,
  Role,
  SourceKind,
  SourceReliability,
} from "@/lib/generated/prisma/enums";
import {
  arrayOf,
  boolean,
  date,
  dateTime,
  integer,
  nullable,
  object,
  oneOfValues,
  pageOf,
  ref,
  string,
  uuid,
  type JsonSchema,
} from "@/lib/public/openapi/schema-helpers";

// The shapes of actors, topics, sources and accounts in the API's answers.

const actor = object({
  id: uuid,
  name: string,
  kind: oneOfValues(ActorKind),
  affiliation: nullable(string),
  description: nullable(string),
  aliases: arrayOf(object({ id: uuid, alias: string })),
  mergedIntoId: nullable(uuid),
  updatedAt: dateTime,
});

const sourceSummaryProperties: Record<string, JsonSchema> = {
  id: uuid,
  url: string,
  title: string,
  outlet: nullable(string),
  author: nullable(string),
  publishedAt: nullable(date),
  accessedAt: dateTime,
  kind: oneOfValues(SourceKind),
  language: nullable(string),
  reliability: oneOfValues(SourceReliability),
  capturedAt: nullable(dateTime),
  capturedSha256: nullable(string),
  createdAt: dateTime,
  updatedAt: dateTime,
  citationCount: integer,
};
const sourceSummary = object(sourceSummaryProperties);

const person = object({ id: uuid, name: string });

export const RECORD_SCHEMAS: Record<string, JsonSchema> = {
  Actor: actor,
  ActorPage: pageOf("Actor"),
  Topic: object({ id: uuid, name: string, slug: string, archivedAt: nullable(dateTime) }),
  TopicList: object({ items: arrayOf(ref("Topic")) }),
  SourceSummary: sourceSummary,
  SourcePage: pageOf("SourceSummary"),
  Source: object({
    ...sourceSummaryProperties,
    capturedText: nullable(string),
    createdBy: person,
    citingClaims: arrayOf(
      object({
        id: uuid,
        statement: string,
        isVerbatim: boolean,
        claimantName: string,
        editorialStatus: oneOfValues(EditorialStatus),
      }),
    ),
  }),
  User: object({
    id: uuid,
    name: string,
    email: string,
    role: oneOfValues(Role),
    active: boolean,
    deactivatedAt: nullable(dateTime),
    createdAt: dateTime,
  }),
  UserPage: pageOf("User"),
  Invitation: object({
    id: uuid,
    email: string,
    role: oneOfValues(Role),
    status: oneOfValues({
      ...{ PENDING: "PENDING", ACCEPTED: "ACCEPTED" },
      ...{ EXPIRED: "EXPIRED", REVOKED: "REVOKED" },
    }),
    invitedBy: { ...string, description: "Name of the admin who sent it" },
    createdAt: dateTime,
    expiresAt: dateTime,
    acceptedAt: nullable(dateTime),
    revokedAt: nullable(dateTime),
  }),
  ApiToken: {
    ...object({
      id: uuid,
      name: string,
      owner: object({ id: uuid, name: string, email: string }),
      createdAt: dateTime,
      lastUsedAt: nullable(dateTime),
      revokedAt: nullable(dateTime),
    }),
    description: "A personal API token as listed: never its value",
  },
};
