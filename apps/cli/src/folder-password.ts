/**
 * The folder ("meta") password: `--password`, else `ALIST_FOLDER_PASSWORD` (an argument shows in
 * `ps`; the environment does not). With neither, on a terminal, a folder the server refuses for
 * want of a password is asked for without echo and tried once more.
 */
import { AlistError } from "@alist-toolkit/client";
import type { Context } from "./context.js";
import { printable } from "./printable.js";
import { promptHidden } from "./prompt.js";

/** fs/list and fs/get refuse a missing or wrong folder password with code 403 and this message. */
const NEEDS_PASSWORD = /password is incorrect/i;

export function givenFolderPassword(context: Context, flag: string | undefined): string | undefined {
  return flag || context.env.ALIST_FOLDER_PASSWORD || undefined;
}

/** Runs `attempt` with the given password; on a terminal, a refusal for want of one asks for it. */
export async function withFolderPassword<T>(
  context: Context,
  flag: string | undefined,
  path: string,
  attempt: (password: string | undefined) => Promise<T>,
): Promise<T> {
  const given = givenFolderPassword(context, flag);
  try {
    return await attempt(given);
  } catch (error) {
    const refused = error instanceof AlistError && error.code === 403 && NEEDS_PASSWORD.test(error.serverMessage);
    const interactive = Boolean(context.stdin.isTTY && context.out.stderr.isTTY);
    if (!refused || given !== undefined || !interactive) throw error;
    const typed = await promptHidden(`Folder password for ${printable(path)}: `, context.stdin, context.out.stderr);
    if (typed === "") throw error;
    return attempt(typed);
  }
}
