/**
 * The contract suite against a live server: every row of the operation table that does not
 * change the account, called inside a scratch folder. Each call must end either in a typed
 * result whose every answer matches the spec's schema, or in an AlistError with a code the spec
 * documents for the operation. Run with
 *   ALIST_TARGET=http://127.0.0.1:5244 ALIST_USERNAME=admin ALIST_PASSWORD=... \
 *     pnpm --filter @alist-toolkit/client test:live
 */
import { answerViolations, documentedCodes } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlistError, type AnswerInfo, createAlistClient } from "../../src/index.js";
import { type ContractRow, OPERATION_TABLE } from "../contract/operation-table.js";
import { spec } from "../support/spec.js";
import { type LiveScene, liveTarget, openLiveScene } from "./live-scene.js";

const target = liveTarget();
const answers: AnswerInfo[] = [];
const client = createAlistClient({ baseUrl: target.url, onAnswer: (answer) => answers.push(answer) });
let scene: LiveScene;

beforeAll(async () => {
  await client.login(target.credentials);
  scene = await openLiveScene(client, target);
});
afterAll(async () => {
  await scene?.close();
});

const rows = Object.entries(OPERATION_TABLE as Record<string, ContractRow>);

describe.each(rows)("%s", (operationId, row) => {
  it.skipIf(row.notLive !== undefined)(
    `answers as the spec says (live)${row.notLive ? `: ${row.notLive}` : ""}`,
    async () => {
      const from = answers.length;
      const outcome = await row.call(client, scene).then(
        () => undefined,
        (error: unknown) => error,
      );
      // Every answer of the call, the scene's own set-up calls included, must match the schema.
      for (const answer of answers.slice(from)) {
        if (answer.body === undefined) continue;
        expect(answerViolations(spec, answer.operation, answer.body), `${answer.operation}'s answer`).toEqual([]);
      }
      if (outcome === undefined) return;
      if (!(outcome instanceof AlistError) || outcome.operation !== operationId) throw outcome;
      expect([...documentedCodes(spec, operationId)], `${operationId} answered: ${outcome.message}`).toContain(
        outcome.code,
      );
    },
  );
});
