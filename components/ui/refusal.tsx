/** Shown in place of a page the signed-in user's role may not use. */
export function Refusal({ what }: { what: string }) {
  return (
    <div role="alert" className="rounded border border-amber-700 bg-amber-50 p-4">
      <h1 className="text-xl font-bold">Not available to your role</h1>
      <p className="mt-1">Your role does not allow you to {what}. Ask an admin if you need it.</p>
    </div>
  );
}
