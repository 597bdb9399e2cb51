"use client";

import dynamic from "next/dynamic";

// Only signed-in members see the sign-out button. Imported directly, the header (in the root
// layout) would ship it and next-auth's client with every public page; loaded through
// next/dynamic, that code is fetched only where the button renders.
export const SignOutButton = dynamic(() =>
  import("@/components/auth/sign-out-button").then((m) => m.SignOutButton),
);
