import type { Metadata } from "next";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { ActorCreateForm } from "@/components/actors/actor-create-form";
import { createActorAction } from "@/lib/actors/actions";

export const metadata: Metadata = { title: "New actor", robots: { index: false } };

export default async function NewActorPage() {
  const user = await requireUser("/actors/new");
  requirePermission(user, "actor.create");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">New actor</h1>
      <ActorCreateForm action={createActorAction} />
    </>
  );
}
