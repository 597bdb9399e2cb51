"use client";

import dynamic from "next/dynamic";

// Forms only members see, loaded on demand so an anonymous reader downloads none of them.
export const RecaptureForm = dynamic(() =>
  import("@/components/sources/recapture-form").then((m) => m.RecaptureForm),
);
