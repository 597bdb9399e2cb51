import type { ActorKind } from "@/lib/generated/prisma/enums";

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  ANONYMOUS: "Anonymous descriptor",
};

export const ACTOR_KIND_OPTIONS = (Object.keys(ACTOR_KIND_LABELS) as ActorKind[]).map((k) => ({
  value: k,
  label: ACTOR_KIND_LABELS[k],
}));
