import { contractSuite } from "../support/contract.js";

contractSuite("fsCopy", "POST /api/fs/copy", {
  call: (client) => client.fsCopy({ src_dir: "/local/Movies", dst_dir: "/115/Backups", names: ["Big Buck Bunny.mkv"] }),
  // OpenList leaves `tasks` out when nothing was queued: the client gives `tasks: []`.
  expected: (example) => {
    const data = example.data as { message?: string; tasks?: unknown[] };
    return { tasks: data.tasks ?? [], ...(data.message ? { message: data.message } : {}) };
  },
});
