import type { Metadata } from "next";
import { after } from "next/server";
import { warmExtractor } from "@/lib/intake/extract";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { listSourcesForIntake } from "@/lib/intake/queries";
import { IntakeWorkbench } from "@/components/intake/intake-workbench";
import { createIntakeAction, scanArticleAction } from "@/lib/intake/actions";

export const metadata: Metadata = { title: "Article intake", robots: { index: false } };

export default async function IntakePage() {
  const user = await requireUser("/intake");
  requirePermission(user, "intake.preview");
  const sources = await listSourcesForIntake(user, 10);
  // The first scan after a start would load the lexicons; do it while the analyst pastes.
  after(warmExtractor);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Article intake</h1>
      <p className="mb-6 max-w-2xl text-stone-700">
        Paste a news article to find its quoted and reported claims, with speaker, kind and
        resolve-by date. Tick the ones to keep: they become drafts with their quotes anchored in the
        captured copy.
      </p>
      <IntakeWorkbench sources={sources} scan={scanArticleAction} create={createIntakeAction} />
    </>
  );
}
