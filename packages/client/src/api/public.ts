/** Routes that need no token: the `/ping` liveness check. */
import type { CallOptions, Core } from "../core.js";
import { AlistProtocolError } from "../errors.js";
import { excerpt } from "../excerpt.js";

export interface PublicApi {
  /**
   * Checks that an AList server answers at the base URL (GET /ping, plain text `pong`).
   * Anything else, such as a web page from another server, is an `AlistProtocolError`.
   */
  ping(options?: CallOptions): Promise<void>;
}

function mediaType(contentType: string): string {
  return contentType.split(";")[0]?.trim().toLowerCase() ?? "";
}

function shortText(text: string): string {
  const flat = excerpt(text);
  return flat.length === 0 ? "an empty body" : JSON.stringify(flat);
}

export function publicApi(core: Core): PublicApi {
  return {
    async ping(call) {
      const answer = await core.text("ping", call, ({ headers, ...init }) => {
        // The route needs no token, so none is sent to it.
        const { Authorization: _token, ...rest } = headers;
        return core.raw.GET("/ping", { parseAs: "text", headers: rest, ...init });
      });
      const { status, contentType, text } = answer;
      const type = mediaType(contentType);
      let reason: string | undefined;
      if (status !== 200) reason = `HTTP ${status} instead of "pong"`;
      else if (type !== "text/plain") {
        const hint = type.includes("html") ? " (a web page: not an AList server, or a wrong address)" : "";
        reason = `${type || "no content type"} instead of "pong"${hint}`;
      } else if (text.trim() !== "pong") reason = `${shortText(text)} instead of "pong"`;
      if (reason) throw new AlistProtocolError("ping", status, contentType, reason);
    },
  };
}
