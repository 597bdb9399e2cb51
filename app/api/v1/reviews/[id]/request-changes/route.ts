import { recordActionRoute } from "@/lib/api/mutation-route";
import { requestChanges } from "@/lib/review/request-changes";

/** Sends a submission back; the body's `comment` says what to change. */
export const POST = recordActionRoute(requestChanges, "reviewId", { what: "Review" });
