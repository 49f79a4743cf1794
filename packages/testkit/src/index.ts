export { byteSink, type ReceivedUpload } from "./byte-sink.js";
export { type Fault, type FaultPlan, faultServer, REAL_MESSAGES, type SeenRequest } from "./fault-server.js";
export { freePortUrl, goPathUnescape, type Listening, listen } from "./listen.js";
