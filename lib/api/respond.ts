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

/**
 * The JSON error shape for a thrown error: an AppError's code, message and fields with its
 * status; anything else logged under `requestId` and answered 500 with only that id.
 */
export function errorResponse(error: unknown, requestId?: string): NextResponse<ApiErrorBody> {
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
  const id = logUnexpected("api", error, requestId);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side.", requestId: id } },
    { status: 500, headers: { "X-Request-Id": id } },
  );
}
