import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { fieldErrorsFrom, invalid } from "@/lib/errors";
import { authorize } from "@/lib/mutation";
import { fetchSourceText } from "@/lib/sources/fetch/fetch-source";
import { ZFetchRequest } from "@/lib/sources/schemas";

/**
 * Fetches a page's text for the new-source form: `{url}` → `{url, title, text,
 * contentType}`. Only for those who may add sources; a refusal (private address, too large,
 * not a web page, no network) is a 400 whose `fields.url` says why and what to do.
 */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, "source.create");
    const parsed = ZFetchRequest.safeParse(await readJsonBody(request));
    if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error));
    return NextResponse.json(await fetchSourceText(parsed.data.url));
  });
}
