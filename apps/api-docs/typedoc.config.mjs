// The TypeScript client's reference, from the doc comments of its public entry.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  entryPoints: ["../../packages/client/src/index.ts"],
  tsconfig: "./tsconfig.client.json",
  out: "dist/client",
  name: "@alist-toolkit/client",
  readme: "none",
  excludePrivate: true,
  excludeInternal: true,
  hideGenerator: true,
  // Links to source lines would point at a checkout, not at anything the reader has.
  disableSources: true,
  // The generated types carry the spec's own tags.
  blockTags: [...OptionDefaults.blockTags, "@description", "@constant"],
  // Local shorthands for the generated schema types; the types they name are documented.
  intentionallyNotExported: ["Schemas"],
};
