import { contractSuite } from "../support/contract.js";

contractSuite("publicSettings", "GET /api/public/settings", {
  call: (client) => client.publicSettings(),
});
