import NextAuth from "next-auth";
import { defineRoute } from "@/lib/api/route";
import { authOptions } from "@/lib/auth/options";

type Handler = (request: Request, context: unknown) => Promise<Response>;

// Built on first request so that importing this route never reads the environment.
let handler: Handler | undefined;
function nextAuth(): Handler {
  handler ??= NextAuth(authOptions()) as Handler;
  return handler;
}

// next-auth reads its own form bodies (sign-in, sign-out, each with its CSRF token); the
// route layer still refuses cross-site posts and turns any failure into the JSON error shape.
const route = defineRoute({
  handle: ({ request, nextContext }) => nextAuth()(request, nextContext),
});

export const GET = route;
export const POST = route;
