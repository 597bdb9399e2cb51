import "server-only";
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { authorize, type Mutation } from "@/lib/mutation";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";

type Context = { params: Promise<{ id: string }> };

/**
 * A POST route on a record (`/…/{id}/verb`) that runs one mutation: the role is checked
 * before the body is read, the path id is merged into the input as `idField`.
 */
export function recordActionRoute<T>(
  mutation: Mutation<unknown, T>,
  idField: string,
  options: { bodyOptional?: boolean; status?: number } = {},
) {
  return (request: Request, { params }: Context) =>
    handleApi(async () => {
      const { id } = await params;
      const user = await getCurrentUser();
      authorize(user, mutation.action);
      if (!isRecordId(id)) throw notFound();
      const hasBody = request.headers.get("content-length") !== "0" && request.body !== null;
      const body = options.bodyOptional && !hasBody ? {} : await readJsonBody(request);
      const result = await mutation.execute(user, { ...body, [idField]: id });
      return NextResponse.json(result, { status: options.status ?? 200 });
    });
}
