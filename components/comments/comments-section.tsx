import type { ClaimScope } from "@/lib/claims/visibility";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { createCommentAction } from "@/lib/comments/actions";
import { listCommentsForClaim } from "@/lib/comments/queries";
import { CommentForm } from "@/components/claims/member-forms";
import { Timestamp } from "@/components/ui/timestamp";

/** The team's discussion of a claim, oldest first. Internal: the public never sees it. */
export async function CommentsSection({ claimId, scope }: { claimId: string; scope: ClaimScope }) {
  if (scope !== "internal") return null;
  const user = await getCurrentUser();
  if (!user) return null;
  const comments = await listCommentsForClaim(user, claimId);
  return (
    // id="comments": the section's address before it was named "discussion" (links kept working).
    <section id="comments" className="mt-8" aria-labelledby="discussion">
      <h2 id="discussion" className="text-lg font-semibold">
        Comments <span className="text-sm font-normal text-stone-700">(team only)</span>
      </h2>
      {comments.length === 0 ? (
        <p className="text-stone-700">No comments yet.</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded border border-stone-300 p-3">
              <p className="text-sm text-stone-700">
                <span className="font-medium text-stone-900">{c.author.name}</span> ·{" "}
                <Timestamp iso={c.createdAt} />
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {can(user.role, "comment.create") ? (
        <CommentForm action={createCommentAction} claimId={claimId} />
      ) : null}
    </section>
  );
}
