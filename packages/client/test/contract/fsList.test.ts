import { expect, it } from "vitest";
import { mockClient } from "../support/clients.js";

it("listAll walks a folder the mock serves whole in one page", async () => {
  const names: string[] = [];
  for await (const entry of mockClient("cloudFolder").listAll("/115/Movies")) names.push(entry.name);
  expect(names).toEqual(["Extras", "Sintel (2010).ass", "Sintel (2010).mkv", "Tears of Steel (2012).mp4", "cover.jpg"]);
});
