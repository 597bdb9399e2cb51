import { recordActionRoute } from "@/lib/api/mutation-route";
import { submitForReview } from "@/lib/review/submit-for-review";

/** Sends the claim (or its unpublished changes) to review; answers 201 with the review id. */
export const POST = recordActionRoute(submitForReview, "claimId", {
  what: "Claim",
  bodyOptional: true,
  status: 201,
});
