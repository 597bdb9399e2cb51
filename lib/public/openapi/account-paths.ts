import { ZUserChange, ZUserQuery } from "@/lib/admin/schemas";
import { ZApiTokenInput } from "@/lib/api-tokens/schemas";
import { ZInvitationInput } from "@/lib/invitations/schemas";
import {
  bodySchema,
  queryParameters,
  ref,
  type JsonSchema,
} from "@/lib/public/openapi/schema-helpers";
import { idParameter, operation } from "@/lib/public/openapi/operation";

// Administration and personal API tokens.

export const ACCOUNT_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/admin/users": {
    get: operation({
      tag: "Administration",
      access: "admins",
      summary: "Every account, newest first",
      parameters: queryParameters(ZUserQuery, { q: "Name or email", page: "Page number" }),
      ok: { status: 200, description: "One page of users", schema: ref("UserPage") },
    }),
  },
  "/admin/users/{id}": {
    patch: operation({
      tag: "Administration",
      access: "admins",
      summary: "Change a user's role, or deactivate or reactivate them",
      parameters: [idParameter],
      body: bodySchema(ZUserChange, ["id"]),
      ok: { status: 200, description: "The user", schema: ref("User") },
      errors: [404, 409],
    }),
  },
  "/admin/invitations": {
    get: operation({
      tag: "Administration",
      access: "admins",
      summary: "The most recent invitations (never their links)",
      ok: { status: 200, description: "Invitations", schema: ref("InvitationList") },
    }),
    post: operation({
      tag: "Administration",
      access: "admins",
      summary: "Invite someone with a role",
      description: "The answer's `link` is shown this once; only its hash is stored.",
      body: bodySchema(ZInvitationInput),
      ok: {
        status: 201,
        description: "The invitation and its link",
        schema: ref("InvitationSent"),
      },
      errors: [409],
    }),
  },
  "/admin/invitations/{id}/revoke": {
    post: operation({
      tag: "Administration",
      access: "admins",
      summary: "Withdraw a pending invitation",
      parameters: [idParameter],
      ok: { status: 200, description: "The invitation", schema: ref("Invitation") },
      errors: [404, 409],
    }),
  },
  "/tokens": {
    get: operation({
      tag: "API tokens",
      access: "members",
      summary: "The caller's personal API tokens (never their values)",
      ok: { status: 200, description: "Tokens", schema: ref("ApiTokenList") },
    }),
    post: operation({
      tag: "API tokens",
      access: "session",
      summary: "Create a personal API token",
      description: "The answer's `token` is shown this once. A token cannot create tokens.",
      body: bodySchema(ZApiTokenInput),
      ok: {
        status: 201,
        description: "The token and its value",
        schema: ref("ApiTokenCreated"),
      },
      errors: [409],
    }),
  },
  "/tokens/{id}/revoke": {
    post: operation({
      tag: "API tokens",
      access: "members",
      summary: "Revoke one of the caller's tokens (an admin: anyone's)",
      parameters: [idParameter],
      ok: { status: 200, description: "The token", schema: ref("ApiToken") },
      errors: [404, 409],
    }),
  },
};
