/**
 * One `abort` listener per signal, however many requests share it: a caller's signal handed
 * to dozens of concurrent calls (a CLI's Ctrl-C, `put -r --jobs 64`) would otherwise get a
 * listener per request and Node warns (MaxListenersExceededWarning) past ten.
 */
const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

/** Runs `callback` when `signal` aborts; returns the function that unsubscribes it. */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = subscribers.get(signal);
  if (callbacks === undefined) {
    const fresh = new Set<() => void>();
    subscribers.set(signal, fresh);
    signal.addEventListener(
      "abort",
      () => {
        subscribers.delete(signal);
        for (const each of fresh) each();
      },
      { once: true },
    );
    callbacks = fresh;
  }
  callbacks.add(callback);
  const set = callbacks;
  return () => {
    set.delete(callback);
  };
}

/** The error a stream or request is destroyed with when its signal aborts (as Node's own). */
export function abortError(signal: AbortSignal): Error {
  return Object.assign(new Error("The operation was aborted", { cause: signal.reason }), {
    name: "AbortError",
    code: "ABORT_ERR",
  });
}
