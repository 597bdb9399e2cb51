import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/auth/client-address";
import { verifyCredentials } from "@/lib/auth/credentials";
import { safeCallback } from "@/lib/auth/safe-callback";
import { openSession, revokeSession } from "@/lib/auth/sessions";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

let options: NextAuthOptions | undefined;

/** next-auth hands `authorize` the request's headers as a plain object. */
function headersFrom(raw: unknown): Headers {
  const headers = new Headers();
  if (typeof raw !== "object" || raw === null) return headers;
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}

// The JWT carries the user's id and the id of a server-side session (lib/auth/sessions.ts);
// role, active flag and the session's revocation are re-read from the database on every
// request (lib/auth/current-user.ts), so a change or a sign-out takes effect at once.
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          try {
            const address = clientAddress(
              headersFrom(request.headers),
              env().CLAIMWATCH_TRUSTED_PROXIES,
            );
            const user = await verifyCredentials(credentials, address);
            return { id: user.id, email: user.email, name: user.name };
          } catch (error) {
            // next-auth hands an Error's message to the sign-in form as `error`.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = await openSession(user.id, SESSION_MAX_AGE_SECONDS);
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionId: token.sid };
      },
      // Every redirect next-auth makes (after sign-in or sign-out, from a callbackUrl the
      // client chose) stays on this site; anything else, malformed included, goes to the
      // dashboard instead of failing.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallback(url, "/dashboard", baseUrl)}`;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
  return options;
}
