import { contractSuite } from "../support/contract.js";

contractSuite("offlineDownloadTools", "GET /api/public/offline_download_tools", {
  call: (client) => client.offlineDownloadTools(),
});
