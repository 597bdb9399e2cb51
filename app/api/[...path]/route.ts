import { defineRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

// Any /api path that names no route ("/api/v1/claims/%2e%2e/outcomes" resolves to
// "/api/v1/outcomes") answers with the JSON error shape, not the HTML not-found page.
const missing = defineRoute({
  handle: () => Promise.reject(new AppError("NOT_FOUND", "There is no API route at this address.")),
});

export const GET = missing;
export const HEAD = missing;
export const POST = missing;
export const PUT = missing;
export const PATCH = missing;
export const DELETE = missing;
