import "server-only";
import { z } from "zod";
import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import type { Mutation } from "@/lib/mutation";

const ZAnyObject = z.record(z.string(), z.unknown());

/**
 * A POST route on a record (`/…/{id}/verb`) that runs one mutation: the role is checked
 * before the body is read, the path id is merged into the input as `idField`, and the
 * mutation's own schema validates the whole input. With `bodyOptional` an empty request
 * (with or without `Content-Length: 0`) is read as `{}`.
 */
export function recordActionRoute<T>(
  mutation: Mutation<unknown, T>,
  idField: string,
  options: { what: string; bodyOptional?: boolean; status?: number },
) {
  return defineRoute({
    access: mutation.action,
    params: idParams(options.what),
    body: ZAnyObject,
    bodyOptional: options.bodyOptional,
    async handle({ user, params, body }) {
      const result = await mutation.execute(user, { ...body, [idField]: params.id });
      return NextResponse.json(result, { status: options.status ?? 200 });
    },
  });
}

/** The body of a route whose mutation validates it: any JSON object, checked by the mutation. */
export const ZMutationBody = ZAnyObject;
