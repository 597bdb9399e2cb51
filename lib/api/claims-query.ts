import { z } from "zod";
import { pageSize } from "@/lib/forms/query";
import { cursorField } from "@/lib/claims/keyset";
import { datesInOrder, filterFields, page, ZClaimFilters } from "@/lib/claims/filters";
import { scope } from "@/lib/api/params";

/**
 * GET /api/v1/claims: the reading, the page cursor (the previous page's nextCursor) and
 * size, and the same filters as the /claims page. `page` is refused: lists page by cursor.
 */
export const ZClaimListQuery = z
  .object({ scope, page, cursor: cursorField, pageSize: pageSize(20), ...filterFields })
  .superRefine(datesInOrder);

/** The exports take the list's filters but no paging: they hold every match. */
export const ZExportQuery = ZClaimFilters;

export { ZScopeQuery } from "@/lib/api/params";
