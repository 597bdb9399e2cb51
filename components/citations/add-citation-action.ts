"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { createCitation } from "@/lib/citations/create-citation";

/** The claim page's "Add citation" form; the claim id is bound in by the page. */
export async function addCitationAction(
  claimId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData.set("claimId", claimId);
  const outcome = await runFormMutation(createCitation, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/claims/${claimId}`);
  return {
    ok: true,
    message: outcome.result.foundInCapture
      ? "Citation added: the quote was found in the captured copy. It becomes public once a reviewer approves it."
      : "Citation added, but the quote was not found in the captured copy: check it against the source. It becomes public once a reviewer approves it.",
    submission: randomUUID(),
  };
}
