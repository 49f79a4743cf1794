/**
 * The same calls on every runtime (a browser page, Node, Bun, Deno), through the web entry:
 * bundled for the browser by web-bundle.ts and run there; the test compares what it reports.
 */
import { AlistError, AlistProtocolError, createAlistClient, hashPasswordAsync } from "../../../src/web.js";

/** For pages that make their own calls. */
export { createAlistClient };

export interface SmokeOptions {
  /** Bytes of the generated Blob to upload (0: no upload). */
  uploadBytes: number;
}

function errorFacts(error: unknown) {
  return {
    name: error instanceof Error ? error.name : typeof error,
    isAlistError: error instanceof AlistError,
    isProtocolError: error instanceof AlistProtocolError,
    code: (error as { code?: unknown }).code,
    status: (error as { status?: unknown }).status,
  };
}

async function failure(call: () => Promise<unknown>) {
  try {
    await call();
    return { name: "no error" };
  } catch (error) {
    return errorFacts(error);
  }
}

/** A Blob of `bytes` bytes of a known pattern (byte i is i % 251). */
function patternBlob(bytes: number): Blob {
  const data = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) data[i] = i % 251;
  return new Blob([data]);
}

export async function runSmoke(baseUrl: string, options: SmokeOptions) {
  const hash = await hashPasswordAsync("admin");
  const alist = createAlistClient({ baseUrl });
  const { token } = await alist.login({ username: "admin", password: "admin" });
  const local = await alist.fsGet({ path: "/local" });
  const listing = await alist.fsList({ path: "/" });
  const deadToken = await failure(() =>
    createAlistClient({ baseUrl, token: "not-a-token", relogin: false }).fsGet({ path: "/local" }),
  );
  // A path no AList serves answers with its web page (HTTP 200, text/html).
  const htmlAnswer = await failure(() =>
    createAlistClient({ baseUrl: `${baseUrl}/not-alist`, token }).fsGet({ path: "/" }),
  );
  const result = {
    hash,
    tokenLength: token.length,
    local: { name: local.name, isDir: local.is_dir },
    names: listing.content.map((entry) => entry.name),
    deadToken,
    htmlAnswer,
    upload: undefined as
      | undefined
      | {
          events: number;
          lastSent: number;
          total: number;
          rising: boolean;
          storedSize: number;
          downloaded: number;
          same: boolean;
        },
  };
  if (options.uploadBytes > 0) {
    const remote = `/local/web-upload-${Date.now()}.bin`;
    const progress: { sent: number; total: number }[] = [];
    const blob = patternBlob(options.uploadBytes);
    await alist.upload(blob, remote, { onProgress: (p) => progress.push(p) });
    const stored = await alist.fsGet({ path: remote });
    const back = new Uint8Array(await (await alist.downloadBlob(remote)).arrayBuffer());
    const sent = new Uint8Array(await blob.arrayBuffer());
    let same = back.length === sent.length;
    for (let i = 0; same && i < back.length; i += 4093) same = back[i] === sent[i];
    const last = progress.at(-1);
    result.upload = {
      events: progress.length,
      lastSent: last?.sent ?? -1,
      total: last?.total ?? -1,
      rising: progress.every((p, i) => i === 0 || p.sent >= (progress[i - 1]?.sent ?? 0)),
      storedSize: stored.size,
      downloaded: back.length,
      same,
    };
  }
  return result;
}

export type SmokeResult = Awaited<ReturnType<typeof runSmoke>>;
