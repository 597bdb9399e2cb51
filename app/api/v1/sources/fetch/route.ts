import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { fetchSourceText } from "@/lib/sources/fetch/fetch-source";
import { ZFetchRequest } from "@/lib/sources/schemas";

/**
 * Fetches a page's text for the new-source form: `{url}` → `{url, title, text,
 * contentType}`. Only for those who may add sources; a refusal (private address, too large,
 * not a web page, no network) is a 400 whose `fields.url` says why and what to do.
 */
export const POST = defineRoute({
  access: "source.create",
  body: ZFetchRequest,
  handle: async ({ body }) => NextResponse.json(await fetchSourceText(body.url)),
});
