/** The smoke-test runner as a library: `runSmoke()` and the report it returns. */
export { CheckFailure, describeFailure } from "./checks.js";
export { ContractChecker } from "./contract.js";
export { type SmokeOptions, UsageError } from "./options.js";
export { formatJunit } from "./output/junit.js";
export { formatTable } from "./output/table.js";
export type { CheckResult, CheckStatus, SmokeReport, StepName } from "./report.js";
export { STEPS } from "./report.js";
export { runSmoke } from "./run.js";
export { embeddedSpecPath, loadEmbeddedSpec } from "./spec.js";
