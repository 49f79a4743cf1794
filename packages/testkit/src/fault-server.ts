/**
 * An AList fake that fails the way real deployments do, one fault per answer, so tests can
 * assert the exact outcome of each. Messages are the servers' own (alist-api.md section 7).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Listening, listen } from "./listen.js";

/** The real message for each error code the servers send. */
export const REAL_MESSAGES: Record<number, string> = {
  400: "password is incorrect",
  401: "token is invalidated",
  402: "Invalid 2FA code",
  403: "permission denied",
  404: "task not found",
  405: "Current storage doesn't support upload",
  429: "Too many unsuccessful sign-in attempts have been made using an incorrect username or password, Try again later.",
  500: "object not found",
};

export type Fault =
  /** HTTP 200 with this envelope code (and the real message unless given). */
  | { kind: "code"; code: number; message?: string }
  /** A success envelope carrying `data`. */
  | { kind: "ok"; data: unknown }
  /** HTTP 200 text/html: what a wrong route or method gets. */
  | { kind: "html" }
  /** An HTTP status with an empty body (405: other methods on unknown routes; 500: a panic). */
  | { kind: "empty"; status: number }
  /** JSON cut off in the middle. */
  | { kind: "truncated" }
  /** Code 500 "Loading storage, please wait", as before the storages have loaded. */
  | { kind: "loading" }
  /** Answer with `answer` after `ms` milliseconds. */
  | { kind: "slow"; ms: number; answer: Fault }
  /** Read `afterBytes` of the body, then reset the connection. */
  | { kind: "reset"; afterBytes: number }
  /** Close the connection without reading the body or answering. */
  | { kind: "close" };

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  bytes: number;
}

export type FaultPlan = (req: IncomingMessage, index: number) => Fault;

const JSON_TYPE = "application/json; charset=utf-8";
const envelope = (code: number, message: string, data: unknown = null) => JSON.stringify({ code, message, data });

/** The status, content type and body of a fault that answers at once; null for the others. */
function immediate(fault: Fault): [number, string | undefined, string] | null {
  switch (fault.kind) {
    case "code":
      return [200, JSON_TYPE, envelope(fault.code, fault.message ?? REAL_MESSAGES[fault.code] ?? "error")];
    case "ok":
      return [200, JSON_TYPE, envelope(200, "success", fault.data)];
    case "html":
      return [200, "text/html; charset=utf-8", "<!doctype html><html><head><title>AList</title></head></html>"];
    case "empty":
      return [fault.status, undefined, ""];
    case "truncated":
      return [200, JSON_TYPE, '{"code":200,"message":"success","data":{"name":"a.txt","si'];
    case "loading":
      return [200, JSON_TYPE, envelope(500, "Loading storage, please wait")];
    default:
      return null;
  }
}

function answer(req: IncomingMessage, res: ServerResponse, fault: Fault): void {
  const now = immediate(fault);
  if (now) {
    const [status, type, body] = now;
    res.writeHead(status, type ? { "Content-Type": type } : {});
    res.end(body);
  } else if (fault.kind === "slow") {
    const timer = setTimeout(() => answer(req, res, fault.answer), fault.ms);
    res.on("close", () => clearTimeout(timer));
  } else {
    req.socket.destroy();
  }
}

/** Starts the fake; `plan` picks the fault for each request (numbered from 0). */
export async function faultServer(plan: FaultPlan): Promise<Listening & { seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const server = await listen((req, res) => {
    const index = seen.length;
    const record: SeenRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, bytes: 0 };
    seen.push(record);
    const fault = plan(req, index);
    if (fault.kind === "close") return answer(req, res, fault);
    req.on("data", (chunk: Buffer) => {
      record.bytes += chunk.length;
      if (fault.kind === "reset" && record.bytes >= fault.afterBytes) req.socket.destroy();
    });
    req.on("end", () => answer(req, res, fault));
  });
  return { ...server, seen };
}
