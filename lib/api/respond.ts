import "server-only";
import { NextResponse } from "next/server";
import { AppError, STATUS, type FieldErrors } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldErrors;
    requestId?: string;
    details?: unknown;
  };
}

export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof AppError) {
    return NextResponse.json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.details !== undefined ? { details: error.details } : {}),
        },
      },
      { status: STATUS[error.code] },
    );
  }
  // Unexpected: log the detail, tell the client only a reference to it.
  const requestId = logUnexpected("api", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side.", requestId } },
    { status: 500 },
  );
}

/** Runs a route handler body, turning every thrown error into the JSON error shape. */
export async function handleApi(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error);
  }
}

/** Reads a JSON object body; anything else is a 400 naming the body. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("INVALID", "The request body must be JSON.", {
      _body: "Send a JSON object",
    });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("INVALID", "The request body must be a JSON object.", {
      _body: "Send a JSON object",
    });
  }
  return body as Record<string, unknown>;
}
