import { recordActionRoute } from "@/lib/api/mutation-route";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";

/** Revokes one of the caller's tokens (an admin: anyone's); it is refused from then on. */
export const POST = recordActionRoute(revokeApiToken, "id", { what: "Token", bodyOptional: true });
