import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("twoFactorVerify", "POST /api/auth/2fa/verify", {
  call: (client) => client.twoFactorVerify({ code: "492039", secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" }),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
