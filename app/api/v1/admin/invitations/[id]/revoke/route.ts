import { recordActionRoute } from "@/lib/api/mutation-route";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";

/** Withdraws a pending invitation; its link stops working at once. Admins only. */
export const POST = recordActionRoute(revokeInvitation, "id", {
  what: "Invitation",
  bodyOptional: true,
});
