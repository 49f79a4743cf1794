/**
 * DO NOT EDIT: generated from spec/openapi.yaml by `pnpm generate`.
 * Change the spec, then regenerate; CI fails when this file and the spec disagree.
 */

export interface paths {
    "/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that an AList server answers
         * @description Outside `/api`: no envelope and no token. The answer is the plain text `pong`; anything else
         *     (e.g. the web app's HTML page from a proxy or another server) means no AList server answers
         *     at this address.
         */
        get: operations["ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with the plaintext password
         * @description The server hashes the password itself; the web app and this toolkit prefer
         *     `/api/auth/login/hash`, which keeps the plaintext off the wire.
         *
         *     After 5 failed attempts from one IP address every attempt is answered with code 429 for
         *     5 minutes (each further attempt extends the lock). Unknown user and wrong password are code
         *     400 on alist and AlistGo, code 401 "Invalid username or password" on OpenList v4.2 and later.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/hash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with the hashed password
         * @description `password` is the lowercase hex sha256 of `password + "-https://github.com/alist-org/alist"`
         *     (the same salt on alist, AlistGo and OpenList). Otherwise the same as `/api/auth/login`.
         */
        post: operations["loginHash"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get one file or folder
         * @description May be slow: the server lists the parent folder to find `related` files and may resolve a
         *     direct link for `raw_url`. A missing path is code 500 (not 404) with a message containing
         *     `object not found` or `storage not found`.
         */
        post: operations["fsGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/put": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload a file as the raw request body
         * @description The method is PUT: a POST to this route is answered with HTTP 200 HTML. Without `As-Task`
         *     the answer comes once the storage has the file; with `As-Task: true` the server queues an
         *     upload task (it may still read the whole body first) and answers with it.
         */
        put: operations["fsPut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** LoginRequest */
        LoginRequest: {
            /** @description Missing or empty is answered with code 400. */
            username: string;
            /**
             * @description The password. For `/api/auth/login` the plaintext; for `/api/auth/login/hash` the lowercase hex
             *     sha256 of `password + "-https://github.com/alist-org/alist"`.
             */
            password: string;
            /**
             * @description The 6-digit TOTP code. Needed only when the user has two-factor authentication on: log in
             *     without it, and an answer with code 402 "Invalid 2FA code" means ask for it and retry.
             */
            otp_code?: string;
        };
        /**
         * ErrorResponse
         * @description An error. It still arrives with HTTP status 200: `code` carries the real status
         *     (400, 401, 402, 403, 404, 405, 429, 500, or 202 for a wrong archive password).
         */
        ErrorResponse: {
            /** @description The application status; never 200 for an error. */
            code: number;
            /** @description The server's message, with private data such as IP addresses masked by `*`. */
            message: string;
            data: null;
        };
        /** LoginResponse */
        LoginResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: {
                /** @description A JWT for the `Authorization` header, sent raw (no `Bearer`). */
                token: string;
                /** @description AlistGo v3.52 and later only. */
                device_key?: string;
            };
        } | components["schemas"]["ErrorResponse"];
        /** FsGetRequest */
        FsGetRequest: {
            /**
             * @description The AList path. Missing or empty means `/`. A `..` segment is answered with code 403
             *     "access using relative path is not allowed".
             */
            path?: string;
            /** @description The folder password when the path is protected; empty otherwise. */
            password?: string;
        };
        /**
         * ObjType
         * @description 0 unknown, 1 folder, 2 video, 3 audio, 4 text, 5 image (by extension, admin-configurable).
         *     fs/get reports 0 for a folder: test `is_dir`, never `type === 1`.
         * @enum {integer}
         */
        ObjType: 0 | 1 | 2 | 3 | 4 | 5;
        /**
         * Obj
         * @description One file or folder.
         */
        Obj: {
            /** @description alist v3.45 and AlistGo only. The storage driver's own id, often empty; not stable. */
            id?: string;
            /**
             * @description alist v3.45 and AlistGo only. The driver's internal path (for local storage, the path on the
             *     server's disk); not the AList path.
             */
            path?: string;
            name: string;
            /**
             * Format: int64
             * @description Bytes. Usually 0 for folders.
             */
            size: number;
            /** @description The only reliable folder test (`type` is 0 for folders in fs/get). */
            is_dir: boolean;
            /**
             * Format: date-time
             * @description RFC 3339 with the server's offset; may be the zero time `0001-01-01T00:00:00Z`.
             */
            modified: string;
            /**
             * Format: date-time
             * @description Falls back to `modified` when the storage does not know it.
             */
            created: string;
            /**
             * @description Download signature for `/d/<path>?sign=...`; empty for folders and for files that need none.
             *     A default install signs every file.
             */
            sign: string;
            /** @description Thumbnail URL, often empty. */
            thumb: string;
            type: components["schemas"]["ObjType"];
            /**
             * @description The hash map encoded as a JSON string: the four characters `null` when there is none, `{}`
             *     when it is empty.
             */
            hashinfo: string;
            /**
             * @description Hashes by algorithm (`md5`, `sha1`, `sha256`, `gcid`, ...), as the storage reports them:
             *     hex, possibly upper-case or empty. `null` when the storage gave none.
             */
            hash_info: {
                [key: string]: string;
            } | null;
            /** @description OpenList v4.1.3 and later only, on mount-point folders. */
            mount_details?: {
                /** Format: int64 */
                total_space?: number;
                /** Format: int64 */
                used_space?: number;
                /** Format: int64 */
                free_space?: number;
            };
            /** @description AlistGo v3.61 and later only. The full AList path. */
            virtual_path?: string;
            /** @description AlistGo v3.46 and later only. */
            label_list?: Record<string, never>[] | null;
            /** @description AlistGo only. */
            storage_class?: string;
        };
        /** FsGetData */
        FsGetData: components["schemas"]["Obj"] & {
            /** @description A download URL for a file (it may expire); empty for folders. */
            raw_url: string;
            readme: string;
            header: string;
            /** @description The storage driver, e.g. `Local`, `115 Cloud`, or `unknown`. */
            provider: string;
            /**
             * @description Siblings that share this file's base name (subtitles, lyrics); `null` when there are none,
             *     which is the common case.
             */
            related: components["schemas"]["Obj"][] | null;
            /** @description AlistGo only. */
            web_proxy?: boolean;
        };
        /** FsGetResponse */
        FsGetResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: components["schemas"]["FsGetData"];
        } | components["schemas"]["ErrorResponse"];
        /**
         * TaskState
         * @description 0 pending, 1 running, 2 succeeded, 3 canceling, 4 canceled, 5 errored (will retry),
         *     6 failing, 7 failed, 8 waiting retry, 9 before retry. Done means 2, 4 or 7.
         * @enum {integer}
         */
        TaskState: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
        /**
         * TaskInfo
         * @description A background task (upload, copy, offline download, decompress).
         */
        TaskInfo: {
            /** @description A nanoid (21 URL-safe characters on current servers). */
            id: string;
            /** @description For uploads `upload <file> to [<mount path>](<folder in storage>)`. */
            name: string;
            /** @description The username, empty if none. alist v3.39.1 and later. */
            creator?: string;
            /** @description 0 general, 1 guest, 2 admin, -1 no creator; AlistGo sends role ids or null. */
            creator_role?: number | (number[] | null);
            state: components["schemas"]["TaskState"];
            /** @description Free text; upload tasks say `uploading`. */
            status: string;
            progress: number;
            /**
             * Format: date-time
             * @description null until the task starts. alist v3.42 and later.
             */
            start_time?: string | null;
            /**
             * Format: date-time
             * @description null until the task ends. alist v3.42 and later.
             */
            end_time?: string | null;
            /**
             * Format: int64
             * @description For uploads, the declared size. alist v3.42 and later.
             */
            total_bytes?: number;
            /** @description Empty when there is no error. */
            error: string;
        };
        /** FsPutResponse */
        FsPutResponse: {
            /** @constant */
            code: 200;
            message: string;
            /** @description `null` once the storage has the file; `{task}` when sent with `As-Task: true`. */
            data: null | {
                task: components["schemas"]["TaskInfo"];
            };
        } | components["schemas"]["ErrorResponse"];
    };
    responses: {
        /** @description The token, or an error (HTTP 200 either way; see `code`). */
        LoginAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LoginResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": "pong";
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: components["responses"]["LoginAnswer"];
        };
    };
    loginHash: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: components["responses"]["LoginAnswer"];
        };
    };
    fsGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsGetRequest"];
            };
        };
        responses: {
            /** @description The object, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsGetResponse"];
                };
            };
        };
    };
    fsPut: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The full destination path, URL-encoded (`encodeURIComponent`); the server decodes it like
                 *     Go's `url.PathUnescape` (`%XX` decoded, `+` kept). The last segment is the file name. A bad
                 *     escape is code 400, a `..` segment code 403.
                 * @example %2Flocal%2FBackups%2Freport%202024.pdf
                 */
                "File-Path": string;
                /**
                 * @description The body's size in bytes. alist and AlistGo need it (without it, e.g. for a chunked body,
                 *     the answer is code 400); OpenList v4.1.3 and later fall back to `X-File-Size`.
                 */
                "Content-Length": number;
                /** @description Only the exact string `true` turns task mode on. */
                "As-Task"?: "true" | "false";
                /**
                 * @description The default is to overwrite. Only the exact string `false` makes an existing file an error
                 *     (code 403 "file exists"). alist v3.42 and later.
                 */
                Overwrite?: "true" | "false";
                /**
                 * @description The file's modification time in Unix epoch milliseconds (not an HTTP date). Anything unparsable means now.
                 * @example 1715924875417
                 */
                "Last-Modified"?: number;
                /** @description The destination folder's password, raw (not URL-encoded). OpenList v4.2 and later ignore it. */
                Password?: string;
                /** @description The file's md5 in hex, for storages that can skip an upload they already hold. Not checked by the server. */
                "X-File-Md5"?: string;
                /** @description The file's sha1 in hex. Not checked by the server. */
                "X-File-Sha1"?: string;
                /** @description The file's sha256 in hex. Not checked by the server. */
                "X-File-Sha256"?: string;
                /** @description OpenList v4.1.3 and later only. The size when Content-Length is unknown. */
                "X-File-Size"?: number;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The file's bytes. */
        requestBody: {
            content: {
                "application/octet-stream": Blob | ReadableStream<Uint8Array> | Uint8Array;
            };
        };
        responses: {
            /** @description Done, the queued task, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsPutResponse"];
                };
            };
        };
    };
}
