import { contractSuite } from "../support/contract.js";

contractSuite("fsSearch", "POST /api/fs/search", {
  call: (client) => client.fsSearch({ parent: "/", keywords: "sintel", scope: 2, page: 1, per_page: 100 }),
});
