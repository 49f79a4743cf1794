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
  readonly fired: boolean;
  /** What to tear down when the timer runs out (the request, later its answer). */
  bind(destroy: (error: Error) => void): void;
  /** A byte moved: start the wait again. */
  touch(): void;
  /** Nothing is expected for now (e.g. the server is storing an upload), or the transfer is over. */
  pause(): void;
}

/**
 * An idle timer, armed at once. It destroys what it is bound to rather than aborting a signal
 * combined with the caller's: a combined signal per transfer would be kept alive by a
 * long-lived caller signal over thousands of uploads.
 */
export function idleTimer(ms: number): IdleTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fired = false;
  let destroy: ((error: Error) => void) | undefined;
  const pause = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const touch = () => {
    pause();
    if (ms <= 0 || fired) return;
    // Unreferenced: a finished transfer must not keep the process alive; a stalled one is
    // kept alive by its socket.
    timer = setTimeout(() => {
      fired = true;
      destroy?.(new IdleTimeoutError(ms));
    }, ms);
    // Node and Bun only: browsers and Deno return a number.
    (timer as { unref?: () => void }).unref?.();
  };
  touch();
  return {
    ms,
    get fired() {
      return fired;
    },
    bind(next) {
      destroy = next;
      if (fired) next(new IdleTimeoutError(ms));
    },
    touch,
    pause,
  };
}
