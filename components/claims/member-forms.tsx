"use client";

import dynamic from "next/dynamic";

// The claim page's forms, which only signed-in members see. A Client Component imported by a
// Server Component ships with the page whether it renders or not, so a reader of a public
// claim would download and run every form's code (zod included). Loaded through next/dynamic
// from here, each form's code is fetched only where it renders; it is still rendered on the
// server, so the forms show, and post, before their code arrives.

export const AddCitationForm = dynamic(() =>
  import("@/components/citations/add-citation-form").then((m) => m.AddCitationForm),
);

export const RecordOutcomeForm = dynamic(() =>
  import("@/components/outcomes/record-outcome-form").then((m) => m.RecordOutcomeForm),
);

export const ForecastForm = dynamic(() =>
  import("@/components/forecasts/forecast-form").then((m) => m.ForecastForm),
);

export const CommentForm = dynamic(() =>
  import("@/components/comments/comment-form").then((m) => m.CommentForm),
);

export const DraftCleaner = dynamic(() =>
  import("@/components/claims/draft-cleaner").then((m) => m.DraftCleaner),
);

export const CitationCorrectionForms = dynamic(() =>
  import("@/components/citations/citation-correction-forms").then((m) => m.CitationCorrectionForms),
);
