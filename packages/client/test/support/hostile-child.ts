/**
 * Run in a child process by the peak-memory test: one client operation against a hostile
 * server, then one line of JSON on stdout with the error it ended with.
 * Usage: node hostile-child.mjs <list|get|put> <server-url> <work-dir>
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createAlistClient } from "../../src/index.js";

const [operation, url, dir] = process.argv.slice(2) as [string, string, string];
const client = createAlistClient({ baseUrl: url, token: "tok", retry: false });

async function run(): Promise<void> {
  if (operation === "list") {
    for await (const _ of client.listAll("/")) {
      // Only the walk matters.
    }
  } else if (operation === "get") {
    await client.download("/file.bin", join(dir, "file.bin"));
  } else {
    const path = join(dir, "up.txt");
    writeFileSync(path, "hello");
    await client.upload(path, "/up.txt");
  }
}

run().then(
  () => process.stdout.write(`${JSON.stringify({ ok: true })}\n`),
  (error: Error) => process.stdout.write(`${JSON.stringify({ name: error.name, message: error.message })}\n`),
);
