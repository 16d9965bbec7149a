// Runs `benchloop <args>` in this process with captured output: what the CLI tests share.
import { runCli } from "../run-cli.js";

/** What an in-process invocation printed and its exit code. */
export interface InProcessResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in `cwd` with a non-TTY, 120-column io that captures stdout and stderr. */
export async function runInProcess(cwd: string, ...args: string[]): Promise<InProcessResult> {
  let out = "";
  let err = "";
  const io = {
    out: (text: string) => {
      out += text;
    },
    err: (text: string) => {
      err += text;
    },
    isTty: false,
    columns: 120,
  };
  const code = await runCli(args, io, cwd);
  return { code, out, err };
}
