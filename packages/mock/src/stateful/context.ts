/** What a handler gets, typed per operation from the generated spec types. */
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { Fail, permissionDenied } from "./fail.js";
import type { Signer } from "./objects.js";
import type { OperationId, Operations } from "./spec.js";
import type { Tasks } from "./tasks.js";
import { cleanPath, type Tree } from "./tree.js";
import type { User, Users } from "./users.js";

export interface MockState {
  tree: Tree;
  users: Users;
  tasks: Tasks;
  signer: Signer;
  /** The folder for uploads above the in-memory limit, made on first use; removed when the mock stops. */
  spillDir(): Promise<string>;
  /** How long a copy between storages takes, in ms. */
  copyMs: number;
}

type JsonOf<T> = T extends { content: { "application/json": infer B } } ? B : undefined;
export type RequestBody<O extends OperationId> = Operations[O] extends { requestBody: infer R }
  ? JsonOf<NonNullable<R>>
  : undefined;
export type Answer<O extends OperationId> = Operations[O]["responses"][200] extends {
  content: { "application/json": infer B };
}
  ? B
  : never;

export interface Ctx<O extends OperationId> {
  body: RequestBody<O>;
  query: Record<string, string>;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  user: User;
  token: string | undefined;
  /** The client's address, for the login rate limit. */
  client: string;
  /** `http://host:port` as the client addressed the mock. */
  baseUrl: string;
  request: IncomingMessage;
  state: MockState;
}

export type Handler<O extends OperationId> = (ctx: Ctx<O>) => Answer<O> | Promise<Answer<O>>;
export type Handlers = { [O in OperationId]?: Handler<O> };

export function ok<T>(data: T): { code: 200; message: string; data: T } {
  return { code: 200, message: "success", data };
}

/** A request path inside the user's base path. */
export function userPath(user: User, path: string | undefined): string {
  return cleanPath(`${user.basePath}/${path ?? ""}`);
}

export function requirePermission(user: User, bit: number): void {
  if ((user.permission & bit) === 0) throw permissionDenied();
}

export function requireAdmin(user: User): void {
  if (user.role !== 2) throw new Fail(403, "You are not an admin");
}
