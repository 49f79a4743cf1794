import { expect, it } from "vitest";
import type { FsListPage } from "../../src/index.js";
import { mockClient } from "../support/clients.js";
import { contractSuite } from "../support/contract.js";

contractSuite("fsList", "POST /api/fs/list", {
  call: (client) => client.fsList({ path: "/115/Movies", page: 1, per_page: 30 }),
  // The client hands `content: null` (empty folder, page past the end) to callers as [].
  expected: (example) => {
    const data = example.data as FsListPage | { content: null };
    return { ...data, content: data.content ?? [] };
  },
});

it("listAll walks a folder the mock serves whole in one page", async () => {
  const names: string[] = [];
  for await (const entry of mockClient("cloudFolder").listAll("/115/Movies")) names.push(entry.name);
  expect(names).toEqual(["Extras", "Sintel (2010).ass", "Sintel (2010).mkv", "Tears of Steel (2012).mp4", "cover.jpg"]);
});
