import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { ActorCreateForm } from "@/components/actors/actor-create-form";
import { Refusal } from "@/components/ui/refusal";
import { createActorAction } from "@/lib/actors/actions";

export const metadata: Metadata = { title: "New actor", robots: { index: false } };

export default async function NewActorPage() {
  const user = await requireUser("/actors/new");
  if (!can(user.role, "actor.create")) return <Refusal what="create actors" />;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">New actor</h1>
      <ActorCreateForm action={createActorAction} />
    </>
  );
}
