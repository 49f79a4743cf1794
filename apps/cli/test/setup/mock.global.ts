import { existsSync } from "node:fs";
import { startMock } from "@alist-toolkit/mock";
import type { TestProject } from "vitest/node";
import { CLI_PATH } from "../support/cli.js";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // The tests run the built CLI; turbo builds it before `test`.
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run \`pnpm build\` first`);
  const mock = await startMock({ mode: "static" });
  project.provide("mockUrl", mock.url);
  return () => mock.stop();
}
