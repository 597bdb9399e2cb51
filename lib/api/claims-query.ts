import { z } from "zod";
import { pageNumber, pageSize } from "@/lib/forms/query";
import { datesInOrder, filterFields, ZClaimFilters } from "@/lib/public/claim-filters";
import { scope } from "@/lib/api/params";

/** GET /api/v1/claims: the reading, the page, and the same filters as the /claims page. */
export const ZClaimListQuery = z
  .object({ scope, page: pageNumber(), pageSize: pageSize(20), ...filterFields })
  .superRefine(datesInOrder);

/** The exports take the list's filters but no paging: they hold every match. */
export const ZExportQuery = ZClaimFilters;

export { ZScopeQuery } from "@/lib/api/params";
