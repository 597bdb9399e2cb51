import type { FormState } from "@/lib/actions/form-state-shape";

/**
 * A form that creates a secret (an invitation link, an API token) and shows it once: the
 * secret travels only in this response and is kept only in the page's memory.
 */
export interface OneTimeSecretState extends FormState {
  secret?: string;
}
