import { z } from "zod";
import { ZActorInput, ZActorMerge, ZActorPatch, ZActorSearch } from "@/lib/actors/schemas";
import { ZTopicInput, ZTopicPatch } from "@/lib/topics/schemas";
import {
  ZCaptureParams,
  ZFetchRequest,
  ZRecaptureInput,
  ZSourceInput,
  ZSourcePatch,
} from "@/lib/sources/schemas";
import { ZSourceListQuery } from "@/lib/sources/list-query";
import {
  bodySchema,
  parametersOf,
  queryParameters,
  ref,
  textBody,
  type JsonSchema,
} from "@/lib/public/openapi/schema-helpers";
import { idParameter, operation } from "@/lib/public/openapi/operation";

// Actors, topics and the source library.

const paging = { page: "Page number", pageSize: "Page size" };

export const LIBRARY_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/actors": {
    get: operation({
      tag: "Actors",
      access: "anyone",
      summary: "Search actors by name or any spelling of it",
      parameters: queryParameters(ZActorSearch, {
        q: "Name or alias, accents and case aside",
        ...paging,
      }),
      ok: { status: 200, description: "One page of actors", schema: ref("ActorPage") },
    }),
    post: operation({
      tag: "Actors",
      access: "authors",
      summary: "Create an actor",
      body: bodySchema(ZActorInput),
      ok: { status: 201, description: "The actor", schema: ref("Actor") },
      errors: [409],
    }),
  },
  "/actors/{id}": {
    get: operation({
      tag: "Actors",
      access: "anyone",
      summary: "Read an actor",
      description: "A merged actor carries `mergedIntoId`, the actor to follow.",
      parameters: [idParameter],
      ok: { status: 200, description: "The actor", schema: ref("Actor") },
      errors: [404],
    }),
    patch: operation({
      tag: "Actors",
      access: "authors",
      summary: "Change an actor and its aliases",
      parameters: [idParameter],
      body: bodySchema(ZActorPatch, ["id"]),
      ok: { status: 200, description: "The actor", schema: ref("Actor") },
      errors: [404, 409],
    }),
  },
  "/actors/{id}/merge": {
    post: operation({
      tag: "Actors",
      access: "editors",
      summary: "Merge this actor into another",
      description: "Its claims and spellings move to `intoId`, returned as `survivor`.",
      parameters: [idParameter],
      body: bodySchema(ZActorMerge, ["id"]),
      ok: {
        status: 200,
        description: "Merged",
        schema: ref("ActorMerge"),
      },
      errors: [404, 409],
    }),
  },
  "/topics": {
    get: operation({
      tag: "Topics",
      access: "anyone",
      summary: "Every topic, archived ones with `archivedAt`",
      ok: { status: 200, description: "Topics by name", schema: ref("TopicList") },
    }),
    post: operation({
      tag: "Topics",
      access: "authors",
      summary: "Create a topic",
      body: bodySchema(ZTopicInput),
      ok: { status: 201, description: "The topic", schema: ref("Topic") },
      errors: [409],
    }),
  },
  "/topics/{id}": {
    get: operation({
      tag: "Topics",
      access: "anyone",
      summary: "Read a topic",
      parameters: [idParameter],
      ok: { status: 200, description: "The topic", schema: ref("Topic") },
      errors: [404],
    }),
    patch: operation({
      tag: "Topics",
      access: "authors",
      summary: "Rename or archive a topic",
      parameters: [idParameter],
      body: bodySchema(ZTopicPatch, ["id"]),
      ok: { status: 200, description: "The topic", schema: ref("Topic") },
      errors: [404, 409],
    }),
  },
  "/sources": {
    get: operation({
      tag: "Sources",
      access: "members",
      summary: "The source library",
      parameters: queryParameters(ZSourceListQuery, {
        q: "Title, outlet, URL or author",
        ...paging,
      }),
      ok: { status: 200, description: "One page of sources", schema: ref("SourcePage") },
    }),
    post: operation({
      tag: "Sources",
      access: "authors",
      summary: "Add a source with its captured copy",
      description:
        "201 with `existing: false` for a new source; 200 with `existing: true` and the stored record when the normalised URL is already in the library. With `recapture: true`, the text sent for a stored address is recorded as a new capture when it differs from the latest one (only the check time when it does not), and `recapture` says which.",
      body: bodySchema(
        ZSourceInput.extend({
          recapture: z
            .boolean()
            .optional()
            .describe("For a stored address: record the text as a new capture"),
        }),
      ),
      ok: { status: 201, also: [200], description: "The source", schema: ref("SourceSaved") },
    }),
  },
  "/sources/{id}": {
    get: operation({
      tag: "Sources",
      access: "anyone",
      summary: "Read a source",
      description:
        "Members get the whole record (`Source`, with the latest captured text and every capture). Anyone else gets the public reading of a source cited by a published claim: its fields, `captures` (dates and SHA-256 hashes, no text), `changedAt`, and `citingClaims` with each quote in context; 404 for a source no published claim cites.",
      parameters: [idParameter],
      ok: { status: 200, description: "The source", schema: ref("Source") },
      errors: [404],
    }),
    patch: operation({
      tag: "Sources",
      access: "authors",
      summary: "Change a source's description or grade",
      parameters: [idParameter],
      body: bodySchema(ZSourcePatch, ["id"]),
      ok: { status: 200, description: "The source", schema: ref("Source") },
      errors: [404],
    }),
  },
  "/sources/{id}/captures": {
    post: operation({
      tag: "Sources",
      access: "authors",
      summary: "Capture the source again",
      description:
        '201 `{outcome: "changed", captureNumber, checks}` when the text differs from the latest capture: a new version, with every citation re-checked (FOUND, MOVED or MISSING). 200 `{outcome: "unchanged"}` when it is the same: only the check time is recorded.',
      parameters: [idParameter],
      body: bodySchema(ZRecaptureInput, ["id"]),
      ok: {
        status: 201,
        also: [200],
        description: "What the capture changed",
        schema: ref("RecaptureResult"),
      },
      errors: [404],
    }),
  },
  "/sources/{id}/captures/{number}": {
    get: operation({
      tag: "Sources",
      access: "members",
      summary: "Download one capture's exact text",
      description:
        "The stored text of capture `number` (1 for the first) as `text/plain; charset=utf-8`, an attachment. Its bytes hash to the capture's SHA-256, also sent as `Repr-Digest` (RFC 9530).",
      parameters: parametersOf(ZCaptureParams, "path", {
        id: "The source's id",
        number: "The capture's number",
      }),
      ok: {
        status: 200,
        description: "The captured text",
        schema: textBody,
        contentType: "text/plain; charset=utf-8",
      },
      errors: [404],
    }),
  },
  "/sources/fetch": {
    post: operation({
      tag: "Sources",
      access: "authors",
      summary: "Fetch a web page's text for a new source",
      description: "Bounded in time and size; private and local addresses are refused (400).",
      body: bodySchema(ZFetchRequest),
      ok: {
        status: 200,
        description: "The page's text",
        schema: ref("FetchedPage"),
      },
    }),
  },
};
