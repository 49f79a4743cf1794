import { contractSuite } from "../support/contract.js";

contractSuite("fsMove", "POST /api/fs/move", {
  call: (client) =>
    client.fsMove({ src_dir: "/local/Downloads", dst_dir: "/local/Movies", names: ["Elephants Dream.mp4"] }),
  // alist's `data: null` and OpenList's `{message}` without tasks both become `tasks: []`.
  expected: (example) => {
    const data = example.data as { message?: string; tasks?: unknown[] } | null;
    return { tasks: data?.tasks ?? [], ...(data?.message ? { message: data.message } : {}) };
  },
});
