"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { updateAccountSettings } from "@/lib/account/update-settings";

export async function updateAccountSettingsAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(updateAccountSettings, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/", "layout");
  return {
    ok: true,
    message: `Saved: times are shown in ${outcome.result.timeZone} from now on.`,
  };
}
