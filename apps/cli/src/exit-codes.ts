/** The exit codes scripts can rely on; the table is shown in `--help` and the README. */
export const EXIT = {
  ok: 0,
  server: 1,
  usage: 2,
  auth: 3,
  localFile: 4,
  /** 128 + the signal's number, as shells report a process the signal ended. */
  hangup: 129,
  interrupted: 130,
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `Exit codes:
  0    ok
  1    server or API error (including an unreachable server or a non-API answer; a
       remote file or folder in the way)
  2    usage error (bad option, argument or server URL)
  3    authentication (code 401, 402 or 429; no saved login and no token)
  4    local file problem (missing, a folder, unreadable, changed while sent, exists);
       put -r, get -r: some entries failed (the summary says how many)
  129  stopped by SIGHUP (the terminal closed), cleaned up as for Ctrl-C
  130  interrupted (Ctrl-C; an upload or download is cancelled cleanly)
  143  stopped by SIGTERM, cleaned up as for Ctrl-C`;
