/**
 * Row 7's peer: alist-sdk (Python, `Client.upload_file_put`) in a venv the bench makes under the
 * system temp folder, reused across runs. Resolves to undefined, with the reason, when python3 or
 * the package cannot be had.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ALIST_SDK = "alist-sdk==0.42.20";
const VENV = join(tmpdir(), "alist-bench-venv-alist-sdk-0.42.20");

/** The script the venv's python runs: one upload_file_put of argv[3] to argv[2], like `alist put`. */
export const UPLOAD_SCRIPT = `
import sys
from alist_sdk import Client
# The token is set as a header: Client(token=...) would first call /api/me, which alist put does not.
client = Client(sys.argv[1])
client.headers.update({"Authorization": "bench-token"})
res = client.upload_file_put(sys.argv[2], "/bench/file.bin")
if getattr(res, "code", None) != 200:
    sys.exit(f"alist-sdk: upload failed: {res}")
`;

export async function pythonPeer() {
  const python = join(VENV, "bin", "python");
  try {
    if (!existsSync(python)) await run("python3", ["-m", "venv", VENV]);
    await run(python, ["-c", "import alist_sdk"]).catch(() =>
      run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", ALIST_SDK], {
        timeout: 300_000,
      }),
    );
    const { stdout } = await run(python, ["-c", "import importlib.metadata as m; print(m.version('alist-sdk'))"]);
    return { python, version: stdout.trim() };
  } catch (error) {
    return { skipped: `python3 with ${ALIST_SDK} could not be had (${String(error.message).split("\n")[0]})` };
  }
}
