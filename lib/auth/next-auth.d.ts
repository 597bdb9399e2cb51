import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  /** The session as lib/auth/options.ts shapes it: ids only, nothing the app trusts more. */
  interface Session {
    userId?: string;
    /** The UserSession row this cookie belongs to (lib/auth/sessions.ts). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The UserSession row opened at sign-in. */
    sid?: string;
  }
}
