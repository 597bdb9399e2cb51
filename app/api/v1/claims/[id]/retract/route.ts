import { recordActionRoute } from "@/lib/api/mutation-route";
import { retractClaim } from "@/lib/review/retract-claim";

/** Retracts a published claim; the body carries the public `correctionNote`. */
export const POST = recordActionRoute(retractClaim, "claimId", { what: "Claim" });
