/** The current user: who am I, profile changes, logout and two-factor authentication. */
import type { CallOptions, Core } from "../core.js";
import { AlistError } from "../errors.js";
import type { components } from "../generated/schema.js";
import { objectData, READ } from "./data.js";

type Schemas = components["schemas"];
export type CurrentUser = Schemas["CurrentUser"];
export type MeUpdateRequest = Schemas["MeUpdateRequest"];
export type TwoFactorSecret = Schemas["TwoFactorSecret"];
export type TwoFactorVerifyRequest = Schemas["TwoFactorVerifyRequest"];

export interface MeApi {
  /** The user the token belongs to, or the guest without a token (GET /api/me). */
  me(options?: CallOptions): Promise<CurrentUser>;
  /** Writes username, password (empty keeps it) and SSO id (POST /api/me/update). */
  meUpdate(request: MeUpdateRequest, options?: CallOptions): Promise<void>;
  /**
   * Ends the token on the server (GET /api/auth/logout) and forgets it here. The token is also
   * forgotten when the server refuses (it was already dead), but kept when the server could not
   * be reached, so the call can be repeated.
   */
  logout(options?: CallOptions): Promise<void>;
  /** A new TOTP secret and its QR code, not active until verified (POST /api/auth/2fa/generate). */
  twoFactorGenerate(options?: CallOptions): Promise<TwoFactorSecret>;
  /** Turns two-factor authentication on when `code` matches `secret` (POST /api/auth/2fa/verify). */
  twoFactorVerify(request: TwoFactorVerifyRequest, options?: CallOptions): Promise<void>;
}

export function meApi(core: Core): MeApi {
  return {
    async me(call) {
      const data = await core.json("me", call, (init) => core.raw.GET("/api/me", { parseAs: "text", ...init }), READ);
      return objectData<CurrentUser>("me", data, "the user");
    },

    async meUpdate(body, call) {
      await core.json("meUpdate", call, (init) => core.raw.POST("/api/me/update", { body, parseAs: "text", ...init }));
    },

    async logout(call) {
      try {
        // No re-login around it: logging in only to log out again would be pointless.
        await core.json("logout", call, (init) => core.raw.GET("/api/auth/logout", { parseAs: "text", ...init }), {
          noRelogin: true,
        });
      } catch (error) {
        if (error instanceof AlistError) core.token = undefined;
        throw error;
      }
      core.token = undefined;
    },

    async twoFactorGenerate(call) {
      const data = await core.json("twoFactorGenerate", call, (init) =>
        core.raw.POST("/api/auth/2fa/generate", { parseAs: "text", ...init }),
      );
      return objectData<TwoFactorSecret>("twoFactorGenerate", data, "the secret");
    },

    async twoFactorVerify(body, call) {
      await core.json("twoFactorVerify", call, (init) =>
        core.raw.POST("/api/auth/2fa/verify", { body, parseAs: "text", ...init }),
      );
    },
  };
}
