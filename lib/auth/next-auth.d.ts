import "next-auth";

declare module "next-auth" {
  /** The session as lib/auth/options.ts shapes it: the user's id, nothing the app trusts more. */
  interface Session {
    userId?: string;
  }
}
