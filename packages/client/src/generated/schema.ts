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
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log out (forget the token on the server)
         * @description A GET. The server drops the token from its in-memory list of valid tokens, so the same JWT is
         *     answered with code 401 "token is invalidated" from then on. It does nothing for the admin's
         *     static token, which stays valid.
         */
        get: operations["logout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/2fa/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a new two-factor secret
         * @description Returns a fresh TOTP secret and its QR code (issuer "Alist", or "OpenList" on OpenList). Nothing
         *     changes until the secret is confirmed with /api/auth/2fa/verify.
         */
        post: operations["twoFactorGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/2fa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor authentication on
         * @description Checks `code` against `secret` and, when it matches, stores the secret: from then on login needs
         *     `otp_code`. A wrong code is code **400** here (login uses 402).
         */
        post: operations["twoFactorVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current user
         * @description Who the token belongs to, with `password` always empty. Without a token the answer is the guest
         *     user when the guest is enabled, code 401 otherwise. The web app calls this first to decide
         *     what to show.
         */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the current user's name, password or SSO link
         * @description Writes `username`, `password` (when not empty) and `sso_id` to the current user. A new
         *     password ends every token issued before it (code 401 "Password has been changed, login
         *     please"), including the one used here.
         */
        post: operations["meUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a folder, one page at a time
         * @description `content` is `null` (not `[]`) for an empty folder and for a page past the end, while `total`
         *     still counts the whole folder. Folders have `type` 1 here (fs/get says 0 for the same folder).
         *     A missing folder is code 500, not 404. Also served for GET with query parameters.
         */
        post: operations["fsList"];
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
    "/api/fs/dirs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a folder's subfolders (for folder pickers)
         * @description Only names and modification times; `data` is `null` when there are no subfolders. Also
         *     served for GET with query parameters.
         */
        post: operations["fsDirs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the index
         * @description Needs a search index (the `search_index` setting). It is `none` on a default install, and then
         *     every call is answered "search not available": code 500 on alist v3.45, code 404 on OpenList v4. Hits the user may not see are
         *     removed after paging, so a page can hold fewer than `per_page` hits while `total` counts them
         *     all. Also served for GET with query parameters.
         */
        post: operations["fsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/other": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a storage driver's own method on a file
         * @description For the few drivers that have extra methods, e.g. `video_preview` (transcoded streams) on
         *     Aliyundrive Open and 139 Yun. The answer's `data` is whatever the driver returns. Drivers
         *     without such methods answer code 500 "not implement", an unknown method "not support".
         */
        post: operations["fsOther"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/mkdir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a folder
         * @description Creates the folder and any missing parents; an existing folder is fine. Needs write permission
         *     (or a folder rule that allows writing there).
         */
        post: operations["fsMkdir"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename a file or folder
         * @description `name` is the new name within the same folder. OpenList v4 refuses a name holding `..` with
         *     code 403 "using relative path is not allowed"; alist v3.45 accepts it and moves the object
         *     (`../x.txt` lands in the parent folder), so clients must check names themselves.
         */
        post: operations["fsRename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/batch_rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename several entries of one folder
         * @description Renames pair by pair; the first failure stops the rest (earlier ones stay renamed).
         */
        post: operations["fsBatchRename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/regex_rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename the entries of a folder that match a regular expression
         * @description Every entry whose name matches `src_name_regex` is renamed to the name
         *     `Regexp.ReplaceAllString` makes with `new_name_regex`; the first failure stops the rest.
         */
        post: operations["fsRegexRename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move entries of one folder into another
         * @description alist and AlistGo move inside one storage only (code 500 otherwise) and answer `data: null`
         *     once done. OpenList moves across storages too, as tasks, and answers `{message, tasks?}`.
         */
        post: operations["fsMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/recursive_move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move every file below a folder into one folder, flattened
         * @description Walks `src_dir` and moves each file (not the folders) straight into `dst_dir`. The success
         *     `message` is not `success` but `Successfully moved N file(s)` (`1 file`, `3 files`).
         */
        post: operations["fsRecursiveMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy entries of one folder into another
         * @description Inside one storage the copy is done at once and `tasks` is empty; across storages each entry
         *     becomes a copy task (poll it with /api/task/copy/info). OpenList answers `{message, tasks?}`.
         */
        post: operations["fsCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove entries of one folder
         * @description Removes name by name (folders with everything in them); a name that does not exist is skipped
         *     silently, the first real failure stops the rest. Storages with a recycle bin move the entries
         *     there instead.
         */
        post: operations["fsRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/remove_empty_directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the empty folders below a folder
         * @description Walks `src_dir` and removes every folder that is empty, then re-checks its parent, so nested
         *     empty folders go too. Files and `src_dir` itself stay.
         */
        post: operations["fsRemoveEmptyDirectory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The storage's own download link for a file (admins only)
         * @description Meant for proxy programs: the link may carry cookies, so only admins may ask (code 403 "You
         *     are not an admin" otherwise). The path is taken as a full AList path, not joined with the
         *     admin's base path. Note the capitalised `Expiration` key.
         */
        post: operations["fsLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fs/add_offline_download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download URLs into a folder on the server side
         * @description Queues one offline-download task per URL with the chosen tool; when a download finishes, an
         *     `offline_download_transfer` task moves it into the storage. `SimpleHttp` first tries to let
         *     the storage fetch the URL itself, and then queues nothing. Needs the offline-download
         *     permission (bit 2).
         */
        post: operations["fsAddOfflineDownload"];
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
    "/api/fs/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload a file as a multipart form
         * @description Like /api/fs/put (same headers, same answers) but the body is `multipart/form-data` with one
         *     file part named `file`. The server reads the part's size and content type from the form, so
         *     no `Content-Length` of the file is needed, but Go's form parser may keep the whole part in
         *     memory or a temp file before the storage sees a byte: prefer /api/fs/put for big files. The
         *     method is PUT.
         */
        put: operations["fsForm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site's public settings
         * @description What the web app needs before login (title, logo, colours, which login methods are on, preview
         *     rules). Every value is a string, booleans and numbers included; the keys vary with the
         *     version. No token needed; any method is accepted.
         */
        get: operations["publicSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/offline_download_tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The offline-download tools that are ready
         * @description The names to use as `tool` in /api/fs/add_offline_download: only tools that are configured and
         *     ready, sorted. No token needed; any method is accepted.
         */
        get: operations["offlineDownloadTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/archive_extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file endings the server can open as archives
         * @description For deciding which files to offer archive preview and extraction for. In no fixed order; may be
         *     `null`. alist v3.42 and later. No token needed; any method is accepted.
         */
        get: operations["archiveExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/undone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tasks not finished yet
         * @description Pending, running, canceling, errored (will retry), failing and waiting-to-retry tasks (states 0,
         *     1, 3, 5, 6, 8, 9). Non-admins only see and touch their own tasks.
         */
        get: operations["taskUndone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finished tasks
         * @description Succeeded, canceled and failed tasks (states 2, 4, 7), until they are cleared. Non-admins only
         *     see and touch their own tasks.
         */
        get: operations["taskDone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One task
         * @description A POST with the id in the query and no body. `data` is a single task (not a list). Poll it until
         *     `state` is 2 (succeeded), 4 (canceled) or 7 (failed). Another user's task is answered like an
         *     unknown one, with code 404.
         */
        post: operations["taskInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a task
         * @description Asks the task to stop; it goes through canceling (3) to canceled (4). Non-admins only see and
         *     touch their own tasks.
         */
        post: operations["taskCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a task
         * @description Removes the task from the list. Non-admins only see and touch their own tasks.
         */
        post: operations["taskDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a task
         * @description Queues the task again. Non-admins only see and touch their own tasks.
         */
        post: operations["taskRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/cancel_some": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel several tasks
         * @description The body is a JSON array of ids. The answer lists the ids that could not be found. Non-admins
         *     only see and touch their own tasks.
         */
        post: operations["taskCancelSome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/delete_some": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete several tasks
         * @description The body is a JSON array of ids. The answer lists the ids that could not be found. Non-admins
         *     only see and touch their own tasks.
         */
        post: operations["taskDeleteSome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/retry_some": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry several tasks
         * @description The body is a JSON array of ids. The answer lists the ids that could not be found. Non-admins
         *     only see and touch their own tasks.
         */
        post: operations["taskRetrySome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/clear_done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove every finished task
         * @description Removes succeeded, canceled and failed tasks (states 2, 4, 7). Non-admins only see and touch
         *     their own tasks.
         */
        post: operations["taskClearDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/clear_succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove every succeeded task
         * @description Removes succeeded tasks (state 2) only. Non-admins only see and touch their own tasks.
         */
        post: operations["taskClearSucceeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/{type}/retry_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry every failed task
         * @description Queues every failed task (state 7) again. Non-admins only see and touch their own tasks.
         */
        post: operations["taskRetryFailed"];
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
        /**
         * NullDataResponse
         * @description An answer whose success carries no data (`data` is `null`).
         */
        NullDataResponse: {
            /** @constant */
            code: 200;
            /** @description `success`, except fs/recursive_move, which says how many files moved. */
            message: string;
            data: null;
        } | components["schemas"]["ErrorResponse"];
        /**
         * TwoFactorSecret
         * @description A new TOTP secret, not yet active until confirmed with /api/auth/2fa/verify.
         */
        TwoFactorSecret: {
            /** @description A 400x400 PNG QR code of the `otpauth://` URL, as a data URL. */
            qr: string;
            /** @description The base32 secret, for typing into an authenticator app. */
            secret: string;
        };
        /** TwoFactorSecretResponse */
        TwoFactorSecretResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: components["schemas"]["TwoFactorSecret"];
        } | components["schemas"]["ErrorResponse"];
        /** TwoFactorVerifyRequest */
        TwoFactorVerifyRequest: {
            /** @description The 6-digit code the authenticator app shows for `secret`. */
            code: string;
            /** @description The secret from /api/auth/2fa/generate; it becomes the user's secret when the code matches. */
            secret: string;
        };
        /**
         * CurrentUser
         * @description The user the token belongs to (the guest when no token is sent and the guest is enabled).
         */
        CurrentUser: {
            id: number;
            username: string;
            /** @description Always empty here. */
            password: string;
            /** @description The folder the user is confined to; every path the user sends is joined under it. */
            base_path: string;
            /** @description 0 general, 1 guest, 2 admin. AlistGo v3.46 and later send a list of role ids instead. */
            role: (0 | 1 | 2) | number[];
            disabled: boolean;
            /**
             * Format: int32
             * @description Bit mask: 0 see hidden files, 1 access without folder password, 2 offline download,
             *     3 mkdir and upload, 4 rename, 5 move, 6 copy, 7 remove, 8 WebDAV read, 9 WebDAV write,
             *     10 FTP/SFTP read, 11 FTP/SFTP write, 12 read archives, 13 decompress. OpenList adds 14
             *     (share) and 15 (custom share id); AlistGo adds 14 (check path limit), 15 and 16 (MCP).
             */
            permission: number;
            sso_id: string;
            /** @description Whether two-factor authentication is on. */
            otp: boolean;
            /** @description OpenList only. */
            allow_ldap?: boolean;
            /** @description AlistGo v3.46 and later only. */
            role_names?: string[] | null;
            /** @description AlistGo v3.46 and later only. Permission bits by path, merged from the user's roles. */
            permissions?: {
                path: string;
                /** Format: int32 */
                permission: number;
            }[] | null;
        };
        /** CurrentUserResponse */
        CurrentUserResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: components["schemas"]["CurrentUser"];
        } | components["schemas"]["ErrorResponse"];
        /**
         * MeUpdateRequest
         * @description The whole profile is written back: `username` and `sso_id` replace the stored values (send the
         *     current ones to keep them), an empty `password` keeps the password.
         */
        MeUpdateRequest: {
            /** @description Missing or empty is answered with code 400. */
            username: string;
            /** @description The new plaintext password; empty keeps the current one. Changing it ends every older token. */
            password?: string;
            /** @description Replaced by what is sent; omitting it clears the link to the SSO account. */
            sso_id?: string;
        };
        /** FsListRequest */
        FsListRequest: {
            /** @description The folder's AList path. Missing or empty means `/`. */
            path?: string;
            /** @description The folder password when the path is protected; empty otherwise. */
            password?: string;
            /**
             * @description 1-based; anything below 1 means 1. Above 1 it needs a `per_page` of at least 1: with
             *     `per_page` 0 or left out (all entries) the server's offset overflows, and alist v3.45 and
             *     OpenList v4 panic on some pages (HTTP 500 with an empty body, e.g. pages 3, 5, 9, 17).
             */
            page?: number;
            /**
             * @description Entries per page. On alist and OpenList 0 (or anything below 1) means all of them. AlistGo
             *     v3.58 and later read 0 as 200, cap it at 500 and take -1 for all.
             */
            per_page?: number;
            /**
             * @description Re-read the folder from the storage instead of the cache. Needs write permission, otherwise
             *     the answer is code 403 "Refresh without permission".
             */
            refresh?: boolean;
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
        /** FsListData */
        FsListData: {
            /**
             * @description This page's entries; `null` for an empty folder and for a page past the end. Folders have
             *     `type` 1 here.
             */
            content: components["schemas"]["Obj"][] | null;
            /**
             * Format: int64
             * @description Entries in the whole folder, not just this page.
             */
            total: number;
            /** @description Markdown set for the folder by the admin; often empty. */
            readme: string;
            header: string;
            /** @description Whether the user may create and upload here. */
            write: boolean;
            /**
             * @description The storage driver, e.g. `Local`, `115 Cloud`, or `unknown` for folders above the mounts.
             *     OpenList v4.1.7 and later always say `unknown`.
             */
            provider: string;
            /** @description OpenList v4.2 and later only. */
            write_content_bypass?: boolean;
            /** @description OpenList v4.1.7 and later only; absent when empty. */
            direct_upload_tools?: string[];
            /**
             * Format: int64
             * @description AlistGo v3.58 and later only.
             */
            filtered_total?: number;
            /** @description AlistGo v3.58 and later only. The page served. */
            page?: number;
            /** @description AlistGo v3.58 and later only. The page size used (-1 for all). */
            per_page?: number;
            /** @description AlistGo v3.58 and later only. */
            has_more?: boolean;
            /** @description AlistGo v3.58 and later only. */
            pages_total?: number;
        };
        /** FsListResponse */
        FsListResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: components["schemas"]["FsListData"];
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
        /** FsGetData */
        FsGetData: components["schemas"]["Obj"] & {
            /**
             * @description A download URL for a file (it may expire); empty for folders. For a local storage it is
             *     `/p/<path>?sign=...` on the server itself. Those download routes are outside the
             *     envelope: the bytes come with real HTTP statuses (200, 206 for a Range). Their refusals
             *     differ by line: OpenList v4 answers a missing or bad sign with an HTML page and HTTP 401;
             *     alist v3.45 with HTTP 200 and a JSON envelope, e.g. code 401 "expire missing".
             */
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
        /** FsDirsRequest */
        FsDirsRequest: {
            /** @description The folder's AList path. Missing or empty means `/`. */
            path?: string;
            /** @description The folder password when the path is protected. */
            password?: string;
            /**
             * @description Admins only: read `path` from the real root instead of the user's base path. Anyone else is
             *     answered with code 403 "Permission denied".
             */
            force_root?: boolean;
        };
        /**
         * DirEntry
         * @description A subfolder, as fs/dirs lists it (for folder pickers).
         */
        DirEntry: {
            name: string;
            /** Format: date-time */
            modified: string;
        };
        /** FsDirsResponse */
        FsDirsResponse: {
            /** @constant */
            code: 200;
            message: string;
            /** @description The subfolders; `null` when there are none. */
            data: components["schemas"]["DirEntry"][] | null;
        } | components["schemas"]["ErrorResponse"];
        /** FsSearchRequest */
        FsSearchRequest: {
            /** @description The folder to search under (AList path); missing or empty means `/`. */
            parent?: string;
            keywords: string;
            /**
             * @description 0 everything, 1 folders only, 2 files only.
             * @enum {integer}
             */
            scope?: 0 | 1 | 2;
            /** @description 1-based; below 1 is answered with code 400 "page can't < 1". */
            page: number;
            /** @description Below 1 is answered with code 400 "per_page can't < 1". */
            per_page: number;
            /** @description Folder password, to include hits inside a protected folder. */
            password?: string;
        };
        /**
         * SearchHit
         * @description One search result from the index.
         */
        SearchHit: {
            /** @description The AList path of the folder holding it. */
            parent: string;
            name: string;
            is_dir: boolean;
            /** Format: int64 */
            size: number;
            type: components["schemas"]["ObjType"];
        };
        /** FsSearchResponse */
        FsSearchResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: {
                content: components["schemas"]["SearchHit"][];
                /**
                 * Format: int64
                 * @description Hits in the index before hits the user may not see were removed.
                 */
                total: number;
            };
        } | components["schemas"]["ErrorResponse"];
        /** FsOtherRequest */
        FsOtherRequest: {
            /** @description The file's AList path. */
            path: string;
            /** @description A driver-specific method, e.g. `video_preview` on Aliyundrive Open or 139 Yun. */
            method: string;
            /** @description The method's arguments, driver-specific. */
            data?: unknown;
            /** @description The folder password when the path is protected. */
            password?: string;
        };
        /** FsOtherResponse */
        FsOtherResponse: {
            /** @constant */
            code: 200;
            message: string;
            /** @description Whatever the storage driver returns for the method. */
            data: unknown;
        } | components["schemas"]["ErrorResponse"];
        /** FsMkdirRequest */
        FsMkdirRequest: {
            /** @description The new folder's AList path. Missing parents are created too. */
            path: string;
        };
        /** FsRenameRequest */
        FsRenameRequest: {
            /** @description The AList path of the file or folder to rename. */
            path: string;
            /** @description The new name (a name, not a path). */
            name: string;
            /**
             * @description Replace an existing entry with the new name (default false). Without it an existing one is
             *     answered with code 403 "file [name] exists" (alist v3.42 and later; older servers always go
             *     ahead).
             */
            overwrite?: boolean;
        };
        /** FsBatchRenameRequest */
        FsBatchRenameRequest: {
            /** @description The folder holding the entries (AList path). */
            src_dir: string;
            /** @description Renamed in order; a pair with an empty name is skipped; the first failure stops the rest. */
            rename_objects: {
                src_name: string;
                new_name: string;
            }[];
        };
        /** FsRegexRenameRequest */
        FsRegexRenameRequest: {
            /** @description The folder whose entries are renamed (AList path). */
            src_dir: string;
            /** @description A Go (RE2) regular expression matched against each name; a bad one is code 500. */
            src_name_regex: string;
            /** @description The replacement, with `$1` or `${name}` for groups (Go `Regexp.ReplaceAllString`). */
            new_name_regex: string;
        };
        /** FsMoveRequest */
        FsMoveRequest: {
            /** @description The folder holding the entries (AList path). */
            src_dir: string;
            /** @description The destination folder (AList path). */
            dst_dir: string;
            /** @description Names inside `src_dir`. An empty list is answered with code 400 "Empty file names". */
            names: string[];
            /**
             * @description Replace entries of the same name in `dst_dir` (default false). Without it an existing one is
             *     answered with code 403 "file [name] exists" (alist v3.42 and later).
             */
            overwrite?: boolean;
            /** @description OpenList only. Leave out names that exist in `dst_dir` instead of failing. */
            skip_existing?: boolean;
        };
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
        /**
         * FsTasksData
         * @description What fs/copy and (on OpenList) fs/move answer with: the tasks they queued.
         *     alist sends `{tasks}`; OpenList's copy and move send `{message}` and add `tasks` only when
         *     something was queued.
         */
        FsTasksData: {
            /** @description The queued tasks; empty when the work was done at once (e.g. a copy inside one storage). */
            tasks?: components["schemas"]["TaskInfo"][];
            /** @description OpenList only, e.g. `Successfully created 2 copy task(s)`. */
            message?: string;
        };
        /** FsMoveResponse */
        FsMoveResponse: {
            /** @constant */
            code: 200;
            message: string;
            /** @description `null` on alist and AlistGo; OpenList moves as tasks and answers `{message, tasks?}`. */
            data: null | components["schemas"]["FsTasksData"];
        } | components["schemas"]["ErrorResponse"];
        /** FsRecursiveMoveRequest */
        FsRecursiveMoveRequest: {
            /** @description Every file below this folder (AList path) is moved, flattened, into `dst_dir`. */
            src_dir: string;
            dst_dir: string;
            /**
             * @description What to do when a name exists in `dst_dir`: `cancel` answers code 403 "file [name] exists"
             *     before anything moves, `skip` leaves that file, `overwrite` replaces it. Absent: the file is
             *     moved over the existing one. alist v3.43 and later.
             * @enum {string}
             */
            conflict_policy?: "cancel" | "overwrite" | "skip";
        };
        /** FsCopyRequest */
        FsCopyRequest: components["schemas"]["FsMoveRequest"] & {
            /** @description OpenList only. Copy a folder into an existing folder of the same name. */
            merge?: boolean;
        };
        /** FsCopyResponse */
        FsCopyResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: components["schemas"]["FsTasksData"];
        } | components["schemas"]["ErrorResponse"];
        /** FsRemoveRequest */
        FsRemoveRequest: {
            /** @description The folder holding the entries (AList path). */
            dir: string;
            /** @description Names inside `dir`; removed in order, the first failure stops the rest. Empty is code 400. */
            names: string[];
        };
        /** FsRemoveEmptyDirectoryRequest */
        FsRemoveEmptyDirectoryRequest: {
            /** @description Empty folders below this one (AList path) are removed, deepest first; the folder itself stays. */
            src_dir: string;
        };
        /** FsLinkRequest */
        FsLinkRequest: {
            /**
             * @description The file's full AList path (not joined with the admin's base path). Unlike the other fs
             *     routes, neither alist v3.45 nor OpenList v4 refuses a `..` segment here (they answer code 200).
             */
            path: string;
        };
        /**
         * Link
         * @description How to fetch a file's bytes straight from its storage.
         */
        Link: {
            /** @description The download URL; for local-only storages a signed `/p/` proxy URL of this server. */
            url: string;
            /** @description Headers the URL needs (cookies, referer), as lists of values; `null` when none. */
            header: {
                [key: string]: string[];
            } | null;
            /**
             * Format: int64
             * @description How long the link may be cached, in nanoseconds (Go `time.Duration`); `null` when unknown.
             *     Capitalised on purpose: the server sends the Go field name.
             */
            Expiration: number | null;
            /** @description Parallel connections the storage allows for this link; 0 when it does not say. */
            concurrency: number;
            /** @description Bytes per part for parallel download; 0 when it does not say. */
            part_size: number;
            /**
             * Format: int64
             * @description OpenList only. The size behind the URL when it differs from the file (transcodes, thumbnails); 0 otherwise.
             */
            content_length?: number;
        };
        /** FsLinkResponse */
        FsLinkResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: components["schemas"]["Link"];
        } | components["schemas"]["ErrorResponse"];
        /** OfflineDownloadRequest */
        OfflineDownloadRequest: {
            /** @description HTTP(S) or magnet links; one task per URL, the first failure stops the rest. */
            urls: string[];
            /** @description The destination folder (AList path). */
            path: string;
            /**
             * @description One of the names /api/public/offline_download_tools lists: `aria2`, `qBittorrent`,
             *     `Transmission`, `SimpleHttp`, `115 Cloud`, `PikPak`, `Thunder`.
             */
            tool: string;
            /**
             * @description What happens to the tool's temporary copy after the transfer into the storage.
             * @enum {string}
             */
            delete_policy?: "delete_on_upload_succeed" | "delete_on_upload_failed" | "delete_never" | "delete_always";
        };
        /** OfflineDownloadResponse */
        OfflineDownloadResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: {
                tasks: components["schemas"]["TaskInfo"][];
            };
        } | components["schemas"]["ErrorResponse"];
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
        /** PublicSettingsResponse */
        PublicSettingsResponse: {
            /** @constant */
            code: 200;
            message: string;
            /**
             * @description Every public setting by key, all values strings (`"true"`, `"30"`, JSON text). The set of
             *     keys depends on the server's version and line.
             */
            data: {
                [key: string]: string;
            };
        } | components["schemas"]["ErrorResponse"];
        /** OfflineDownloadToolsResponse */
        OfflineDownloadToolsResponse: {
            /** @constant */
            code: 200;
            message: string;
            /** @description The tools that are configured and ready, sorted by name. */
            data: string[];
        } | components["schemas"]["ErrorResponse"];
        /** ArchiveExtensionsResponse */
        ArchiveExtensionsResponse: {
            /** @constant */
            code: 200;
            message: string;
            /**
             * @description File endings the server can open as archives (with the leading dot), in no fixed order;
             *     `null` when there are none. alist v3.42 and later.
             */
            data: string[] | null;
        } | components["schemas"]["ErrorResponse"];
        /**
         * TaskType
         * @description The task queue. `offline_download_transfer` moves finished downloads into the storage;
         *     `decompress_upload` uploads what `decompress` extracted. `move` is OpenList v4 only (moves
         *     between storages run as tasks there); alist v3.45 has no such queue and answers its routes with
         *     its web page (HTML, HTTP 200). AlistGo also has `s3_transition`.
         * @enum {string}
         */
        TaskType: "upload" | "copy" | "offline_download" | "offline_download_transfer" | "decompress" | "decompress_upload" | "move";
        /** TaskListResponse */
        TaskListResponse: {
            /** @constant */
            code: 200;
            message: string;
            /** @description The tasks (only the user's own unless the user is an admin); always a list. */
            data: components["schemas"]["TaskInfo"][];
        } | components["schemas"]["ErrorResponse"];
        /** TaskInfoResponse */
        TaskInfoResponse: {
            /** @constant */
            code: 200;
            message: string;
            data: components["schemas"]["TaskInfo"];
        } | components["schemas"]["ErrorResponse"];
        /**
         * TaskIds
         * @description Task ids. Anything but a JSON array of strings is answered with code 400 "invalid request format".
         */
        TaskIds: string[];
        /** TaskBatchResponse */
        TaskBatchResponse: {
            /** @constant */
            code: 200;
            message: string;
            /**
             * @description The ids that failed, each with the reason (`task not found`, also for another user's task);
             *     `{}` when every id was done.
             */
            data: {
                [key: string]: string;
            };
        } | components["schemas"]["ErrorResponse"];
    };
    responses: {
        /** @description The token, or an error (HTTP 200 either way; see `code`). */
        Login: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LoginResponse"];
            };
        };
        /** @description The tasks, or an error (HTTP 200 either way; see `code`). */
        TaskList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskListResponse"];
            };
        };
        /** @description Done, or an error (HTTP 200 either way; see `code`). */
        TaskAction: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NullDataResponse"];
            };
        };
        /** @description The ids that failed, or an error (HTTP 200 either way; see `code`). */
        TaskBatch: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskBatchResponse"];
            };
        };
        /** @description Done, or an error (HTTP 200 either way; see `code`). */
        TaskClear: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NullDataResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The full destination path, URL-encoded (`encodeURIComponent`); the server decodes it like
         *     Go's `url.PathUnescape` (`%XX` decoded, `+` kept). The last segment is the file name. A bad
         *     escape is code 400, a `..` segment code 403.
         * @example %2Flocal%2FBackups%2Freport%202024.pdf
         */
        FilePath: string;
        /** @description Only the exact string `true` turns task mode on. */
        AsTask: "true" | "false";
        /**
         * @description The default is to overwrite. Only the exact string `false` makes an existing file an error
         *     (code 403 "file exists"). alist v3.42 and later.
         */
        Overwrite: "true" | "false";
        /**
         * @description The file's modification time in Unix epoch milliseconds (not an HTTP date). Anything unparsable means now.
         * @example 1715924875417
         */
        LastModified: number;
        /** @description The destination folder's password, raw (not URL-encoded). OpenList v4.2 and later ignore it. */
        FolderPassword: string;
        /** @description The file's md5 in hex, for storages that can skip an upload they already hold. Not checked by the server. */
        XFileMd5: string;
        /** @description The file's sha1 in hex. Not checked by the server. */
        XFileSha1: string;
        /** @description The file's sha256 in hex. Not checked by the server. */
        XFileSha256: string;
        /** @description OpenList v4.1.3 and later only. The size when Content-Length is unknown. */
        XFileSize: number;
        /**
         * @description The task queue. A name no server line has is not a route: the server answers its web page
         *     (HTTP 200 text/html), as for any unknown route.
         */
        TaskType: components["schemas"]["TaskType"];
        /**
         * @description The task's id. An unknown id, or another user's task, is answered with code 404 "task not found".
         * @example V1StGXR8_Z5jdHi6B-myT
         */
        TaskId: string;
    };
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
            200: components["responses"]["Login"];
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
            200: components["responses"]["Login"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    twoFactorGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSecretResponse"];
                };
            };
        };
    };
    twoFactorVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorVerifyRequest"];
            };
        };
        responses: {
            /** @description Two-factor authentication is on, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUserResponse"];
                };
            };
        };
    };
    meUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeUpdateRequest"];
            };
        };
        responses: {
            /** @description Saved, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    fsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsListRequest"];
            };
        };
        responses: {
            /** @description The page, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsListResponse"];
                };
            };
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
    fsDirs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsDirsRequest"];
            };
        };
        responses: {
            /** @description The subfolders, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsDirsResponse"];
                };
            };
        };
    };
    fsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsSearchRequest"];
            };
        };
        responses: {
            /** @description The hits, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsSearchResponse"];
                };
            };
        };
    };
    fsOther: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsOtherRequest"];
            };
        };
        responses: {
            /** @description The driver's answer, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsOtherResponse"];
                };
            };
        };
    };
    fsMkdir: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsMkdirRequest"];
            };
        };
        responses: {
            /** @description Created, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    fsRename: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsRenameRequest"];
            };
        };
        responses: {
            /** @description Renamed, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    fsBatchRename: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsBatchRenameRequest"];
            };
        };
        responses: {
            /** @description Renamed, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    fsRegexRename: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsRegexRenameRequest"];
            };
        };
        responses: {
            /** @description Renamed, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    fsMove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsMoveRequest"];
            };
        };
        responses: {
            /** @description Moved, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsMoveResponse"];
                };
            };
        };
    };
    fsRecursiveMove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsRecursiveMoveRequest"];
            };
        };
        responses: {
            /** @description Moved, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    fsCopy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsCopyRequest"];
            };
        };
        responses: {
            /** @description The queued tasks, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsCopyResponse"];
                };
            };
        };
    };
    fsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsRemoveRequest"];
            };
        };
        responses: {
            /** @description Removed, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    fsRemoveEmptyDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsRemoveEmptyDirectoryRequest"];
            };
        };
        responses: {
            /** @description Done, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NullDataResponse"];
                };
            };
        };
    };
    fsLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FsLinkRequest"];
            };
        };
        responses: {
            /** @description The link, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FsLinkResponse"];
                };
            };
        };
    };
    fsAddOfflineDownload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfflineDownloadRequest"];
            };
        };
        responses: {
            /** @description The queued tasks, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineDownloadResponse"];
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
                "File-Path": components["parameters"]["FilePath"];
                /**
                 * @description The body's size in bytes. alist and AlistGo need it (without it, e.g. for a chunked body,
                 *     the answer is code 400); OpenList v4.1.3 and later fall back to `X-File-Size`, and
                 *     OpenList v4 (main, checked live) stores a chunked body whole even without either.
                 */
                "Content-Length": number;
                /** @description Only the exact string `true` turns task mode on. */
                "As-Task"?: components["parameters"]["AsTask"];
                /**
                 * @description The default is to overwrite. Only the exact string `false` makes an existing file an error
                 *     (code 403 "file exists"). alist v3.42 and later.
                 */
                Overwrite?: components["parameters"]["Overwrite"];
                /**
                 * @description The file's modification time in Unix epoch milliseconds (not an HTTP date). Anything unparsable means now.
                 * @example 1715924875417
                 */
                "Last-Modified"?: components["parameters"]["LastModified"];
                /** @description The destination folder's password, raw (not URL-encoded). OpenList v4.2 and later ignore it. */
                Password?: components["parameters"]["FolderPassword"];
                /** @description The file's md5 in hex, for storages that can skip an upload they already hold. Not checked by the server. */
                "X-File-Md5"?: components["parameters"]["XFileMd5"];
                /** @description The file's sha1 in hex. Not checked by the server. */
                "X-File-Sha1"?: components["parameters"]["XFileSha1"];
                /** @description The file's sha256 in hex. Not checked by the server. */
                "X-File-Sha256"?: components["parameters"]["XFileSha256"];
                /** @description OpenList v4.1.3 and later only. The size when Content-Length is unknown. */
                "X-File-Size"?: components["parameters"]["XFileSize"];
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
    fsForm: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The full destination path, URL-encoded (`encodeURIComponent`); the server decodes it like
                 *     Go's `url.PathUnescape` (`%XX` decoded, `+` kept). The last segment is the file name. A bad
                 *     escape is code 400, a `..` segment code 403.
                 * @example %2Flocal%2FBackups%2Freport%202024.pdf
                 */
                "File-Path": components["parameters"]["FilePath"];
                /** @description The size of the whole multipart body (set by the HTTP client), not of the file. */
                "Content-Length"?: number;
                /** @description Only the exact string `true` turns task mode on. */
                "As-Task"?: components["parameters"]["AsTask"];
                /**
                 * @description The default is to overwrite. Only the exact string `false` makes an existing file an error
                 *     (code 403 "file exists"). alist v3.42 and later.
                 */
                Overwrite?: components["parameters"]["Overwrite"];
                /**
                 * @description The file's modification time in Unix epoch milliseconds (not an HTTP date). Anything unparsable means now.
                 * @example 1715924875417
                 */
                "Last-Modified"?: components["parameters"]["LastModified"];
                /** @description The destination folder's password, raw (not URL-encoded). OpenList v4.2 and later ignore it. */
                Password?: components["parameters"]["FolderPassword"];
                /** @description The file's md5 in hex, for storages that can skip an upload they already hold. Not checked by the server. */
                "X-File-Md5"?: components["parameters"]["XFileMd5"];
                /** @description The file's sha1 in hex. Not checked by the server. */
                "X-File-Sha1"?: components["parameters"]["XFileSha1"];
                /** @description The file's sha256 in hex. Not checked by the server. */
                "X-File-Sha256"?: components["parameters"]["XFileSha256"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file. The part's Content-Type is passed to the storage (guessed from the name when absent).
                     */
                    file: Blob | ReadableStream<Uint8Array> | Uint8Array;
                };
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
    publicSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSettingsResponse"];
                };
            };
        };
    };
    offlineDownloadTools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tool names, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineDownloadToolsResponse"];
                };
            };
        };
    };
    archiveExtensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endings, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveExtensionsResponse"];
                };
            };
        };
    };
    taskUndone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskList"];
        };
    };
    taskDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskList"];
        };
    };
    taskInfo: {
        parameters: {
            query: {
                /**
                 * @description The task's id. An unknown id, or another user's task, is answered with code 404 "task not found".
                 * @example V1StGXR8_Z5jdHi6B-myT
                 */
                tid: components["parameters"]["TaskId"];
            };
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task, or an error (HTTP 200 either way; see `code`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskInfoResponse"];
                };
            };
        };
    };
    taskCancel: {
        parameters: {
            query: {
                /**
                 * @description The task's id. An unknown id, or another user's task, is answered with code 404 "task not found".
                 * @example V1StGXR8_Z5jdHi6B-myT
                 */
                tid: components["parameters"]["TaskId"];
            };
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskAction"];
        };
    };
    taskDelete: {
        parameters: {
            query: {
                /**
                 * @description The task's id. An unknown id, or another user's task, is answered with code 404 "task not found".
                 * @example V1StGXR8_Z5jdHi6B-myT
                 */
                tid: components["parameters"]["TaskId"];
            };
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskAction"];
        };
    };
    taskRetry: {
        parameters: {
            query: {
                /**
                 * @description The task's id. An unknown id, or another user's task, is answered with code 404 "task not found".
                 * @example V1StGXR8_Z5jdHi6B-myT
                 */
                tid: components["parameters"]["TaskId"];
            };
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskAction"];
        };
    };
    taskCancelSome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskIds"];
            };
        };
        responses: {
            200: components["responses"]["TaskBatch"];
        };
    };
    taskDeleteSome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskIds"];
            };
        };
        responses: {
            200: components["responses"]["TaskBatch"];
        };
    };
    taskRetrySome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskIds"];
            };
        };
        responses: {
            200: components["responses"]["TaskBatch"];
        };
    };
    taskClearDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskClear"];
        };
    };
    taskClearSucceeded: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskClear"];
        };
    };
    taskRetryFailed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task queue. A name no server line has is not a route: the server answers its web page
                 *     (HTTP 200 text/html), as for any unknown route.
                 */
                type: components["parameters"]["TaskType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskClear"];
        };
    };
}
