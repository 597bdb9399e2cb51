import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimScope } from "@/lib/claims/visibility";
import { estimateMatches, type TermEstimate } from "@/lib/claims/term-estimate";

// A quoted lexeme in a tsquery's text form, '' standing for a quote inside it.
const LEXEME = `'((?:[^']|'')*)'`;

/**
 * How many claims of a reading the text `q` can match, read from the lexeme document counts
 * (SearchTerm, kept exact by the database: migration 20261202024500_search_terms) in one
 * round trip that touches no claim: the query as websearch_to_tsquery reads it, and the
 * count of each of its lexemes. See estimateMatches for the bound.
 */
export async function estimateText(scope: ClaimScope, q: string): Promise<TermEstimate> {
  const [row] = await db.$queryRaw<{ query: string; counts: Record<string, number> | null }[]>(
    Prisma.sql`
      SELECT q::text AS query,
        (SELECT json_object_agg(t."lexeme", t."documents") FROM "SearchTerm" t
         WHERE t."reading" = ${scope} AND t."lexeme" IN (
           SELECT replace(m[1], '''''', '''') FROM regexp_matches(q::text, ${LEXEME}, 'g') m)
        ) AS counts
      FROM websearch_to_tsquery('public.claimwatch'::regconfig, ${q}) q`,
  );
  return estimateMatches(row?.query ?? "", new Map(Object.entries(row?.counts ?? {})));
}
