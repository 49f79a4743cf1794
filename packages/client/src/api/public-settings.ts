/** What the server tells anyone, without a token: settings, offline-download tools, archive types. */
import type { CallOptions, Core } from "../core.js";
import { listData, objectData, READ } from "./data.js";

export interface PublicSettingsApi {
  /** The public settings, every value a string (`"true"`, `"30"`) (GET /api/public/settings). */
  publicSettings(options?: CallOptions): Promise<Record<string, string>>;
  /** The offline-download tools that are ready (GET /api/public/offline_download_tools). */
  offlineDownloadTools(options?: CallOptions): Promise<string[]>;
  /** File endings the server opens as archives, e.g. `.zip`; none is `[]` (GET /api/public/archive_extensions). */
  archiveExtensions(options?: CallOptions): Promise<string[]>;
}

export function publicSettingsApi(core: Core): PublicSettingsApi {
  return {
    async publicSettings(call) {
      const data = await core.json(
        "publicSettings",
        call,
        (init) => core.raw.GET("/api/public/settings", { parseAs: "text", ...init }),
        READ,
      );
      return objectData<Record<string, string>>("publicSettings", data, "the settings");
    },

    async offlineDownloadTools(call) {
      const data = await core.json(
        "offlineDownloadTools",
        call,
        (init) => core.raw.GET("/api/public/offline_download_tools", { parseAs: "text", ...init }),
        READ,
      );
      return listData<string>("offlineDownloadTools", data, "the tools");
    },

    async archiveExtensions(call) {
      const data = await core.json(
        "archiveExtensions",
        call,
        (init) => core.raw.GET("/api/public/archive_extensions", { parseAs: "text", ...init }),
        READ,
      );
      return listData<string>("archiveExtensions", data, "the extensions");
    },
  };
}
