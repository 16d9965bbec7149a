// The `http` policy target (schemes `http`, `https`): GET reads the endpoint's JSON state, POST (or
// PUT) sends the new state with only the named keys changed. A bearer token comes from an environment
// variable named in the options; it is never stored, logged or shown in errors. A key holding null is
// reported as null by `readHeld`, so a rollback writes null back rather than removing the key.
import {
  argumentInvalid,
  type ComponentContext,
  type HeldState,
  type NullAwarePolicyTarget,
  type PolicyTargetDescription,
  type PolicyTargetRef,
  type Secrets,
  targetFailed,
  withoutNulls,
  z,
} from "@benchloop/core";
import { getAtPath, withChanges } from "./key-path.js";

/** Options of the HTTP target (`--option method=…`, `tokenEnv=…`, `timeoutMs=…`, or `apply.options`). */
export const HttpTargetOptionsSchema = z
  .object({
    method: z.enum(["POST", "PUT"]).default("POST").describe("Method that sends the new state."),
    tokenEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name")
      .default("BENCHLOOP_TARGET_TOKEN")
      .describe("Environment variable holding the bearer token; the token itself is never stored."),
    timeoutMs: z.number().int().positive().default(10_000).describe("Milliseconds each request may take."),
  })
  .strict();

/** Options of the HTTP target. */
export type HttpTargetOptions = z.infer<typeof HttpTargetOptionsSchema>;

const PLUGIN = "@benchloop/target-http";
const EXCERPT_CHARS = 200;

interface Endpoint {
  url: string;
  options: HttpTargetOptions;
}

function resolveEndpoint(target: PolicyTargetRef): Endpoint {
  let url: URL;
  try {
    url = new URL(target.uri);
  } catch {
    throw argumentInvalid("--target", `"${target.uri}" is not a URL`, "Write --target https://host/path.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw argumentInvalid(
      "--target",
      `"${target.uri}" is not an http(s) URL`,
      "Write --target https://host/path.",
    );
  if (url.username || url.password)
    throw argumentInvalid(
      "--target",
      "the URL holds a user name or password, which would be written to checkpoints",
      "Remove it from the URL and put the server's bearer token in BENCHLOOP_TARGET_TOKEN (or --option tokenEnv=NAME).",
    );
  const parsed = HttpTargetOptionsSchema.safeParse(target.options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw argumentInvalid(
      `--${String(issue?.path[0] ?? "target")}`,
      issue?.message ?? "invalid option",
      "HTTP target options: --option method=POST|PUT, --option tokenEnv=NAME, --option timeoutMs=MS.",
    );
  }
  return { url: url.href, options: parsed.data };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What the endpoint holds per key: a model name, or null for an explicit null. Absent keys are left out. */
type HeldValues = HeldState;

/** The HTTP target: core's null-aware policy target (explicit nulls read and written back). */
export type HttpTarget = NullAwarePolicyTarget;

/** Creates the `http` policy target; the token is read through `secrets` (redacted from logs). */
export function createHttpTarget(deps: { secrets: Secrets }): HttpTarget {
  async function request(
    endpoint: Endpoint,
    method: "GET" | "POST" | "PUT",
    ctx: ComponentContext,
    body?: unknown,
  ): Promise<{ status: number; text: string }> {
    const { url, options } = endpoint;
    const token = deps.secrets.get(options.tokenEnv);
    const hide = (text: string) => (token ? text.split(token).join("***") : text);
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (token) headers.authorization = `Bearer ${token}`;
    const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(options.timeoutMs)]);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (ctx.signal.aborted) throw ctx.signal.reason ?? error;
      if (signal.aborted)
        throw targetFailed(
          url,
          `${method} got no answer within ${options.timeoutMs} ms`,
          "Check that the server is up, or give it longer with --option timeoutMs=MS.",
          { plugin: PLUGIN, details: { method } },
        );
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw targetFailed(
        url,
        `${method} could not reach the server (${cause?.code ?? cause?.message ?? (error as Error).message})`,
        "Check that the server is running and the URL is right.",
        { plugin: PLUGIN, details: { method } },
      );
    }
    if (!response.ok) {
      const excerpt = hide(text).replace(/\s+/g, " ").trim().slice(0, EXCERPT_CHARS);
      const hint =
        response.status === 401 || response.status === 403
          ? token
            ? `The server refused the token in ${options.tokenEnv}; set it to a token the server accepts.`
            : `Set ${options.tokenEnv} to the server's bearer token (sent as Authorization: Bearer …), or name another variable with --option tokenEnv=NAME.`
          : response.status === 404
            ? "Check the URL: the server has no such endpoint."
            : response.status >= 500
              ? "The server failed; check its logs, then try again."
              : "Check the URL and the JSON the endpoint expects.";
      throw targetFailed(
        url,
        `${method} answered ${response.status} ${response.statusText}${excerpt ? `: ${excerpt}` : ""}`,
        hint,
        { plugin: PLUGIN, details: { method, status: response.status } },
      );
    }
    return { status: response.status, text };
  }

  async function getState(endpoint: Endpoint, ctx: ComponentContext): Promise<Record<string, unknown>> {
    const { text } = await request(endpoint, "GET", ctx);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (!isObject(value))
      throw targetFailed(
        endpoint.url,
        "GET did not answer a JSON object",
        'The endpoint must answer GET with a JSON object holding the keys (e.g. {"balanced": "qwen3:8b"}).',
        { plugin: PLUGIN },
      );
    return value;
  }

  function pick(endpoint: Endpoint, state: Record<string, unknown>, keys: readonly string[]): HeldValues {
    const picked: HeldValues = {};
    for (const key of keys) {
      const value = getAtPath(state, key);
      if (value === undefined) continue;
      if (value === null) {
        picked[key] = null;
        continue;
      }
      if (typeof value !== "string")
        throw targetFailed(
          endpoint.url,
          `key "${key}" holds ${Array.isArray(value) ? "a list" : `a ${typeof value}`}, not a model name`,
          "Map the profile to a key that holds a model name: --map <profile>=<path.to.key>.",
          { plugin: PLUGIN },
        );
      picked[key] = value;
    }
    return picked;
  }

  return {
    describe({ target }): PolicyTargetDescription {
      const { url, options } = resolveEndpoint(target);
      return { uri: url, options, label: `HTTP endpoint ${url}` };
    },

    async read({ target, keys }, ctx) {
      const endpoint = resolveEndpoint(target);
      return withoutNulls(pick(endpoint, await getState(endpoint, ctx), keys));
    },

    async readHeld({ target, keys }, ctx) {
      const endpoint = resolveEndpoint(target);
      return pick(endpoint, await getState(endpoint, ctx), keys);
    },

    async apply({ target, next, remove = [], setNull = [] }, ctx) {
      const endpoint = resolveEndpoint(target);
      const set: HeldValues = { ...next };
      for (const key of setNull) set[key] = null;
      const keys = [...Object.keys(set), ...remove];
      const current = await getState(endpoint, ctx);
      pick(endpoint, current, keys);
      const sent = await request(endpoint, endpoint.options.method, ctx, withChanges(current, set, remove));
      const after = await getState(endpoint, ctx);
      return {
        applied: withoutNulls(pick(endpoint, after, keys)),
        detail: `${endpoint.options.method} ${endpoint.url} answered ${sent.status}`,
      };
    },
  };
}
