// The check that test/data/openapi-responses.test.ts relies on must itself refuse an answer the
// OpenAPI document does not describe, or every response there would pass unread.
import { describe, expect, it } from "vitest";
import { schemaErrors } from "@/test/support/api-calls";

describe("the response check", () => {
  it("refuses an answer the document does not describe", () => {
    const claim = { $ref: "#/components/schemas/Claim" };
    expect(schemaErrors(claim, { id: "not-a-uuid", statement: 5 })).not.toEqual([]);
    expect(
      schemaErrors(
        { $ref: "#/components/schemas/Topic" },
        { id: crypto.randomUUID(), name: "x", slug: "x", archivedAt: null, extra: 1 },
      ),
    ).not.toEqual([]);
  });
});
