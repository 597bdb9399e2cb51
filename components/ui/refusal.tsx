/**
 * The page a signed-in member gets, with HTTP 403, where their role may not go: rendered by
 * the route's forbidden.tsx after the page called requirePermission (lib/auth/require-user.ts).
 * `what` completes "Your role does not allow you to …" ("create claims"); without it the
 * refusal speaks of the page as a whole (app/forbidden.tsx, for any other refusal).
 */
export function Refusal({ what }: { what?: string }) {
  return (
    <div role="alert" className="rounded border border-amber-700 bg-amber-50 p-4">
      <h1 className="text-xl font-bold">Not available to your role</h1>
      <p className="mt-1">
        Your role does not allow you to {what ?? "use this page"}. Ask an admin if you need it.
      </p>
    </div>
  );
}
