"use client";

import dynamic from "next/dynamic";

// The actor page's editing forms, for members only: loaded where they render, so a public
// reader of a track record downloads none of their code (components/claims/member-forms.tsx
// says why this is needed).

export const ActorEditForm = dynamic(() =>
  import("@/components/actors/actor-edit-form").then((m) => m.ActorEditForm),
);

export const MergeForms = dynamic(() =>
  import("@/components/actors/merge-forms").then((m) => m.MergeForms),
);
