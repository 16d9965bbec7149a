// Ctrl-C for commands that are one piece of work (apply, rollback, judge, rescore): the first Ctrl-C
// aborts the work's signal; a second ends the process the default way. `run` has its own, graceful one.

/** How a Ctrl-C is told: the signal's abort reason, and what the user is shown, if anything. */
export interface CtrlCOptions {
  reason: () => unknown;
  notice?: () => void;
}

/** Runs `body` with a signal the first Ctrl-C aborts; the handler goes when `body` settles. */
export async function withCtrlC<T>(
  body: (signal: AbortSignal) => Promise<T>,
  options: CtrlCOptions,
): Promise<T> {
  const controller = new AbortController();
  const onSigint = () => {
    options.notice?.();
    controller.abort(options.reason());
  };
  process.once("SIGINT", onSigint);
  try {
    return await body(controller.signal);
  } finally {
    process.off("SIGINT", onSigint);
  }
}
