export { answerViolations, documentedCodes } from "./answer-schema.js";
export { type ByteSinkOptions, byteSink, type ReceivedUpload } from "./byte-sink.js";
export { type ChildOutput, childOutput } from "./child-output.js";
export { type Fault, type FaultPlan, faultServer, REAL_MESSAGES, type SeenRequest } from "./fault-server.js";
export { fsListData, fsObject } from "./fixtures.js";
export {
  HOSTILE_ATTACKS,
  type HostileAttack,
  type HostileOptions,
  type HostileRequest,
  type HostileServer,
  hostileFileBytes,
  hostileServer,
} from "./hostile-server.js";
export { freePortUrl, goPathUnescape, type Listening, listen } from "./listen.js";
export { peakRss, watchPeakRss } from "./peak-rss.js";
export { type CodeBlock, README_PATH, readmeBlocks } from "./readme.js";
export {
  type AnswerExample,
  answerExamples,
  type BundledSpec,
  deref,
  mediaExamples,
  operation,
  operations,
  type SpecOperation,
} from "./spec-examples.js";
