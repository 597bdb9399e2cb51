import { z } from "zod";

const ZUuid = z.uuid();

/** Whether a path segment can be a record id; anything else is simply "not found". */
export function isRecordId(value: string): boolean {
  return ZUuid.safeParse(value).success;
}
