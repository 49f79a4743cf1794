/** Public settings, offline download tools and archive extensions: the spec's own examples. */
import { type Handlers, ok } from "../context.js";
import { answerExamples } from "../spec.js";

export const OFFLINE_TOOLS = ["aria2", "qBittorrent", "Transmission", "SimpleHttp"] as const;

export function publicHandlers(spec: Record<string, unknown>): Handlers {
  const settings = answerExamples(spec, "publicSettings").alistDefaults as { data: Record<string, string> };
  const extensions = answerExamples(spec, "archiveExtensions").alist as { data: string[] };
  return {
    publicSettings: () => ok({ ...settings.data, site_title: "AList Mock" }),
    offlineDownloadTools: () => ok([...OFFLINE_TOOLS]),
    archiveExtensions: () => ok([...extensions.data]),
  };
}
