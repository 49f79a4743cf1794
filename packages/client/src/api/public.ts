/** What the server tells anyone, without a token: `/ping`, settings, offline-download tools, archive types. */
import { AlistProtocolError } from "../errors.js";
import { excerpt } from "../excerpt.js";
import { plainCall } from "../operation-call.js";
import type { CallOptions, Pipeline } from "../pipeline.js";
import { listData, objectData } from "./answer-checks.js";

function mediaType(contentType: string): string {
  return contentType.split(";")[0]?.trim().toLowerCase() ?? "";
}

function shortText(text: string): string {
  const flat = excerpt(text);
  return flat.length === 0 ? "an empty body" : JSON.stringify(flat);
}

export function publicCalls(pipeline: Pipeline) {
  return {
    /**
     * Checks that an AList server answers at the base URL (GET /ping, plain text `pong`).
     * Anything else, such as a web page from another server, is an `AlistProtocolError`.
     */
    async ping(options?: CallOptions): Promise<void> {
      // The route needs no token, so none is sent to it.
      const { Authorization: _token, ...headers } = pipeline.headersFor(options);
      const answer = await pipeline.callText("ping", {}, options, headers);
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
    /** The public settings, every value a string (`"true"`, `"30"`) (GET /api/public/settings). */
    publicSettings: plainCall(pipeline, "publicSettings", (data, op) => objectData(op, data, "the settings")),
    /** The offline-download tools that are ready (GET /api/public/offline_download_tools). */
    offlineDownloadTools: plainCall(pipeline, "offlineDownloadTools", (data, op) => listData(op, data, "the tools")),
    /** File endings the server opens as archives, e.g. `.zip`; none is `[]` (GET /api/public/archive_extensions). */
    archiveExtensions: plainCall(pipeline, "archiveExtensions", (data, op) => listData(op, data, "the extensions")),
  };
}
