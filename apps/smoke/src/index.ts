/** The smoke-test runner as a library: `runSmoke()` and the report it returns. */
export { CheckFailure, describeFailure } from "./checks.js";
export { type Capture, captureProblems, conformanceMarkdown, readCaptures } from "./conformance.js";
export { ContractChecker } from "./contract.js";
export { type SmokeOptions, UsageError } from "./options.js";
export { formatJunit } from "./output/junit.js";
export { formatTable } from "./output/table.js";
export type { CheckResult, CheckStatus, SmokeReport, StepName } from "./report.js";
export { STEPS } from "./report.js";
export { runSmoke } from "./run.js";
export { embeddedSpecPath, loadEmbeddedSpec } from "./spec.js";
export { CHECK_IDS, CHECKS, type CheckId } from "./suite/check-ids.js";
export type { Cell, Finding } from "./suite/findings.js";
export { RECORD_FORMAT, type RecordedExchange } from "./suite/record.js";
export type { SuiteReport } from "./suite/report.js";
export { runSuite, type SuiteOptions } from "./suite/run-suite.js";
export { type ExchangeValidator, exchangeValidator, validateRecordedExchange } from "./suite/validate-exchange.js";
