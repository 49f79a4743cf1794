import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AlistOtpError, createAlistClient } from "@alist-toolkit/client";

// The mock (`pnpm mock`) unless ALIST_URL names a server; the mock takes any password.
const alist = createAlistClient({ baseUrl: process.env.ALIST_URL ?? "http://127.0.0.1:4010" });
try {
  await alist.login({ username: process.env.ALIST_USERNAME ?? "admin", password: process.env.ALIST_PASSWORD ?? "any" });
} catch (error) {
  if (error instanceof AlistOtpError) {
    // two-factor account: ask for the code, then
    // await alist.login({ username, password, otpCode });
  }
  throw error;
}

const file = await alist.fsGet({ path: "/local/Movies/Big Buck Bunny.mkv" });
console.log(file.name, file.size, file.hash_info, file.raw_url);

// Something to send: 1 MiB of random bytes in a fresh temp folder.
const folder = await mkdtemp(join(tmpdir(), "alist-example-"));
const backup = join(folder, "backup.tar.zst");
await writeFile(backup, randomBytes(1024 * 1024));
try {
  await alist.upload(backup, "/local/Backups/backup.tar.zst", {
    onProgress: ({ sent, total }) => console.log(`${sent}/${total}`),
  });
} finally {
  await rm(folder, { recursive: true, force: true });
}
