import { contractSuite } from "../support/contract.js";

contractSuite("me", "GET /api/me", {
  call: (client) => client.me(),
});
