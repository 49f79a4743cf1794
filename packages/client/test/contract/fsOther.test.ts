import { contractSuite } from "../support/contract.js";

contractSuite("fsOther", "POST /api/fs/other", {
  call: (client) => client.fsOther({ path: "/aliyun/Movies/Sintel (2010).mkv", method: "video_preview" }),
});
