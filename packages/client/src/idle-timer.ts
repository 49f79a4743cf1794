/**
 * The no-progress timeout of uploads and downloads: a server that sends a head and then
 * nothing (or stops reading) fails the transfer after this long without a byte, however long
 * the whole transfer may take.
 */

/** 60 s without a byte moved. */
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

export class IdleTimeoutError extends Error {
  override name = "IdleTimeoutError";
  constructor(readonly idleMs: number) {
    super(`no data moved for ${idleMs} ms`);
  }
}

export interface IdleTimer {
  readonly ms: number;
  /** Aborts (with an IdleTimeoutError) when the timer runs out. */
  readonly signal: AbortSignal;
  readonly fired: boolean;
  /** A byte moved: start the wait again. */
  touch(): void;
  /** Nothing is expected for now (e.g. the server is storing an upload): stop waiting. */
  pause(): void;
}

/** An idle timer, armed at once; `ms` 0 or less gives one that never fires. */
export function idleTimer(ms: number): IdleTimer {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const pause = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const touch = () => {
    pause();
    if (ms > 0 && !controller.signal.aborted) {
      // Unreferenced: a finished transfer must not keep the process alive; a stalled one
      // is kept alive by its socket.
      timer = setTimeout(() => controller.abort(new IdleTimeoutError(ms)), ms).unref();
    }
  };
  touch();
  return {
    ms,
    signal: controller.signal,
    get fired() {
      return controller.signal.aborted;
    },
    touch,
    pause,
  };
}
