import { contractSuite } from "../support/contract.js";

contractSuite("fsLink", "POST /api/fs/link", {
  call: (client) => client.fsLink({ path: "/115/Movies/Sintel (2010).mkv" }),
});
