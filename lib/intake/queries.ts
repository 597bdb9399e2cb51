import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { invalid } from "@/lib/errors";
import { authorize } from "@/lib/mutation";
import { isRecordId } from "@/lib/ids";

export interface IntakeSourceOption {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

/** The latest sources with a captured copy, offered before a search in the intake's source picker (analyst and above). */
export async function listSourcesForIntake(
  user: SessionUser | null,
  take = 100,
): Promise<IntakeSourceOption[]> {
  authorize(user, "intake.preview");
  const rows = await db.source.findMany({
    where: { capturedText: { not: null } },
    select: { id: true, title: true, outlet: true, publishedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
  });
  return rows.map((r) => ({
    ...r,
    publishedAt: r.publishedAt?.toISOString().slice(0, 10) ?? null,
  }));
}

/** A picked source's captured copy and description, for scanning; INVALID names `sourceId`. */
export async function loadSourceForIntake(user: SessionUser | null, sourceId: string) {
  authorize(user, "intake.preview");
  const source = isRecordId(sourceId)
    ? await db.source.findUnique({
        where: { id: sourceId },
        select: {
          id: true,
          url: true,
          title: true,
          outlet: true,
          publishedAt: true,
          capturedText: true,
        },
      })
    : null;
  if (!source) throw invalid({ sourceId: "Choose a source from the library" });
  if (!source.capturedText)
    throw invalid({ sourceId: "This source has no captured copy to scan; paste the text instead" });
  return {
    ...source,
    capturedText: source.capturedText,
    publishedAt: source.publishedAt?.toISOString().slice(0, 10) ?? null,
  };
}
