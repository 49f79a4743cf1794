import { contractSuite } from "../support/contract.js";

contractSuite("twoFactorGenerate", "POST /api/auth/2fa/generate", {
  call: (client) => client.twoFactorGenerate(),
});
