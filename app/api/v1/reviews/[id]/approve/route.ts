import { recordActionRoute } from "@/lib/api/mutation-route";
import { approveReview } from "@/lib/review/approve-review";

/** Approves and publishes a submission (editors; never one's own). Optional `comment`. */
export const POST = recordActionRoute(approveReview, "reviewId", {
  what: "Review",
  bodyOptional: true,
});
