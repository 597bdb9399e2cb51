import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Handler = (
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

// Built on first request so that importing this route never reads the environment.
let handler: Handler | undefined;
function nextAuth(): Handler {
  handler ??= NextAuth(authOptions()) as Handler;
  return handler;
}

export const GET: Handler = (request, context) => nextAuth()(request, context);
export const POST: Handler = (request, context) => nextAuth()(request, context);
