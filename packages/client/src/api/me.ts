/** The current user: who am I, profile changes, logout and two-factor authentication. */
import { AlistError } from "../errors.js";
import type { components } from "../generated/schema.js";
import { asIs, bodyCall, nothing, plainCall } from "../operation-call.js";
import type { CallOptions, Pipeline } from "../pipeline.js";
import { objectData } from "./answer-checks.js";

type Schemas = components["schemas"];
export type CurrentUser = Schemas["CurrentUser"];
export type MeUpdateRequest = Schemas["MeUpdateRequest"];
export type TwoFactorSecret = Schemas["TwoFactorSecret"];
export type TwoFactorVerifyRequest = Schemas["TwoFactorVerifyRequest"];

export function meCalls(pipeline: Pipeline) {
  return {
    /** The user the token belongs to, or the guest without a token (GET /api/me). */
    me: plainCall(pipeline, "me", (data, op) => objectData(op, data, "the user")),
    /** Writes username, password (empty keeps it) and SSO id (POST /api/me/update). */
    meUpdate: bodyCall(pipeline, "meUpdate", asIs, nothing),
    /**
     * Ends the token on the server (GET /api/auth/logout) and forgets it here. The token is also
     * forgotten when the server refuses (it was already dead), but kept when the server could not
     * be reached, so the call can be repeated.
     */
    async logout(options?: CallOptions): Promise<void> {
      try {
        // No re-login around it: logging in only to log out again would be pointless.
        await pipeline.call("logout", {}, options, { noRelogin: true });
      } catch (error) {
        if (error instanceof AlistError) pipeline.token = undefined;
        throw error;
      }
      pipeline.token = undefined;
    },
    /** A new TOTP secret and its QR code, not active until verified (POST /api/auth/2fa/generate). */
    twoFactorGenerate: plainCall(pipeline, "twoFactorGenerate", (data, op) => objectData(op, data, "the secret")),
    /** Turns two-factor authentication on when `code` matches `secret` (POST /api/auth/2fa/verify). */
    twoFactorVerify: bodyCall(pipeline, "twoFactorVerify", asIs, nothing),
  };
}
