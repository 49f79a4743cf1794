import { contractSuite } from "../support/contract.js";

contractSuite("fsAddOfflineDownload", "POST /api/fs/add_offline_download", {
  call: (client) =>
    client.fsAddOfflineDownload({
      urls: ["https://example.com/files/ubuntu-24.04-desktop-amd64.iso"],
      path: "/local/Downloads",
      tool: "SimpleHttp",
      delete_policy: "delete_on_upload_succeed",
    }),
});
