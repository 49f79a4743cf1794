import { startMock } from "@alist-toolkit/mock";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMock({ mode: "static" });
  project.provide("mockUrl", mock.url);
  return () => mock.stop();
}
