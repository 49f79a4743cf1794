/**
 * The command line: the root command and every command's registration (src/registration/).
 * Only these and commander load at start-up; a command's code (and the client) is imported
 * when it runs.
 */
import { rootCommand } from "./command-kit.js";
import { registerGet } from "./registration/get.js";
import { registerLogin } from "./registration/login.js";
import { registerLogout } from "./registration/logout.js";
import { registerLs } from "./registration/ls.js";
import { registerMkdir } from "./registration/mkdir.js";
import { registerPut } from "./registration/put.js";
import { registerRm } from "./registration/rm.js";
import { registerStat } from "./registration/stat.js";
import { registerTasks } from "./registration/tasks.js";
import { registerTransfer } from "./registration/transfer.js";
import { registerWhoami } from "./registration/whoami.js";

/** In the order `alist --help` lists them. */
const REGISTRATIONS = [
  registerLogin,
  registerLogout,
  registerStat,
  registerPut,
  registerWhoami,
  registerLs,
  registerMkdir,
  registerRm,
  registerTransfer,
  registerGet,
  registerTasks,
];

export function buildProgram() {
  const program = rootCommand();
  for (const register of REGISTRATIONS) register(program);
  return program;
}
