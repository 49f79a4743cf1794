/** Answers a fake AList server can give that keep the contract. */

/** An fs/get `data` object: a file of `size` bytes, or a folder. */
export function fsObject(name: string, size: number, isDir: boolean) {
  const time = "2024-05-17T13:47:55.4174917+08:00";
  return {
    name,
    size,
    is_dir: isDir,
    modified: time,
    created: time,
    sign: "",
    thumb: "",
    type: 0,
    hashinfo: "null",
    hash_info: null,
    raw_url: "",
    readme: "",
    header: "",
    provider: "Local",
    related: null,
  };
}

/**
 * An fs/list `data` object: one page of `content` (an empty page is `null`, as the servers send
 * it) of a folder holding `total` entries, on a writable Local storage.
 */
export function fsListData<T>(content: T[], total = content.length) {
  return { content: content.length ? content : null, total, readme: "", header: "", write: true, provider: "Local" };
}
