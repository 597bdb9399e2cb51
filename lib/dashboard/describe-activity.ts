// How an audit event reads on the dashboard: "<who> <verb> <record>". Actions not listed
// here (added later by other parts) still read sensibly through the fallback.

const VERBS: Record<string, string> = {
  "claim.create": "created the claim",
  "claim.update": "edited the claim",
  "claim.submit": "submitted for review the claim",
  "claim.publish": "published the claim",
  "claim.approve": "approved the claim",
  "claim.review": "reviewed the claim",
  "claim.requestChanges": "requested changes to the claim",
  "claim.retract": "retracted the claim",
  "outcome.record": "recorded an outcome update on",
  "outcome.publish": "approved an outcome update on",
  "forecast.record": "recorded a forecast on",
  "comment.create": "commented on",
  "citation.create": "added a citation to",
  "citation.update": "edited a citation on",
  "review.submit": "submitted for review the claim",
  "review.approve": "approved a change to",
  "review.requestChanges": "requested changes to",
  "source.create": "added the source",
  "source.update": "edited the source",
  "actor.create": "added the actor",
  "actor.update": "edited the actor",
  "actor.merge": "merged the actor",
  "topic.create": "added the topic",
  "topic.update": "edited the topic",
  "topic.archive": "archived the topic",
};

/** "claim.requestChanges" → "did “claim request changes” on". */
export function activityVerb(action: string): string {
  const known = VERBS[action];
  if (known) return known;
  const words = action
    .replaceAll(".", " ")
    .replaceAll(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return `did “${words}” on`;
}

/** Record types the dashboard's activity feed shows; account administration stays out. */
export const ACTIVITY_ENTITY_TYPES = [
  "Claim",
  "ClaimRevision",
  "OutcomeUpdate",
  "Forecast",
  "Comment",
  "Citation",
  "Review",
  "Source",
  "Actor",
  "Topic",
] as const;

export type ActivityEntityType = (typeof ACTIVITY_ENTITY_TYPES)[number];

/** A statement cut to a length that fits one line of the feed. */
export function shortLabel(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
