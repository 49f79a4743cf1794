/**
 * Compile-time tie between each command's `.option()` calls and the code that reads them:
 * the options types are derived from the registrations, so an option removed there no longer
 * compiles where a command uses it. Each `@ts-expect-error` fails the typecheck if its line compiles.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { GlobalOptions, OptionsOf, Program, rootCommand } from "../../src/command-kit.js";
import type { get } from "../../src/commands/get.js";
import type { login } from "../../src/commands/login.js";
import type { ls } from "../../src/commands/ls.js";
import type { mkdir } from "../../src/commands/mkdir.js";
import type { put } from "../../src/commands/put.js";
import type { stat } from "../../src/commands/stat.js";
import type { transfer } from "../../src/commands/transfer.js";
import type { Context } from "../../src/context.js";
import type { GetOptions } from "../../src/registration/get.js";
import type { LoginOptions } from "../../src/registration/login.js";
import type { LsOptions } from "../../src/registration/ls.js";
import type { MkdirOptions } from "../../src/registration/mkdir.js";
import type { PutOptions, putCommand } from "../../src/registration/put.js";
import type { StatOptions } from "../../src/registration/stat.js";
import type { TransferOptions } from "../../src/registration/transfer.js";

declare const putOptions: PutOptions;
declare const getOptions: GetOptions;
declare const loginOptions: LoginOptions;

/** put's registration without --as-task: put's `options.asTask` would stop compiling. */
const withoutAsTask = (program: Program) =>
  program
    .command("put")
    .option("-r, --recursive")
    .option("--force")
    .option("--no-overwrite")
    .option("--password <password>");
declare const fewer: OptionsOf<typeof withoutAsTask>;

describe("command options typed from their registrations", () => {
  it("each command takes exactly the options its registration declares", () => {
    expectTypeOf<Parameters<typeof put>[3]>().toEqualTypeOf<PutOptions>();
    expectTypeOf<Parameters<typeof get>[3]>().toEqualTypeOf<GetOptions>();
    expectTypeOf<Parameters<typeof ls>[2]>().toEqualTypeOf<LsOptions>();
    expectTypeOf<Parameters<typeof stat>[2]>().toEqualTypeOf<StatOptions>();
    expectTypeOf<Parameters<typeof mkdir>[2]>().toEqualTypeOf<MkdirOptions>();
    expectTypeOf<Parameters<typeof transfer>[4]>().toEqualTypeOf<TransferOptions>();
    expectTypeOf<Parameters<typeof login>[1]>().toEqualTypeOf<LoginOptions>();
    expectTypeOf<Context["options"]>().toEqualTypeOf<GlobalOptions>();
  });

  it("the types follow the flags: a boolean flag, a parsed value, a negated flag", () => {
    expectTypeOf<PutOptions>().toEqualTypeOf<{
      recursive?: true;
      force?: true;
      jobs?: number;
      asTask?: true;
      overwrite: boolean;
      password?: string;
    }>();
    expectTypeOf<MkdirOptions>().toEqualTypeOf<{ parents?: true }>();
    expectTypeOf<GlobalOptions>().toEqualTypeOf<{
      server?: string;
      token?: string;
      username?: string;
      passwordStdin?: true;
      header?: string[];
      timeout?: number;
      idleTimeout?: number;
      json?: true;
      verbose?: true;
    }>();
  });

  it("an option the registration does not declare does not compile where a command reads it", () => {
    expectTypeOf(putOptions.asTask).toEqualTypeOf<true | undefined>();
    // @ts-expect-error put has no --long
    void putOptions.long;

    // @ts-expect-error --as-task was removed from the registration
    void fewer.asTask;
    expectTypeOf<keyof OptionsOf<typeof withoutAsTask>>().not.toEqualTypeOf<keyof OptionsOf<typeof putCommand>>();
  });

  it("global options are rootCommand()'s, and a command's own options do not include them", () => {
    expectTypeOf<GlobalOptions>().toEqualTypeOf<OptionsOf<typeof rootCommand>>();
    // @ts-expect-error --json is a global option, read from the context
    void getOptions.json;
    // @ts-expect-error --username is global (it also serves unattended logins): login reads it from the context
    void loginOptions.username;
    expectTypeOf<LoginOptions>().toEqualTypeOf<{ otp?: string; plain?: true }>();
  });
});
