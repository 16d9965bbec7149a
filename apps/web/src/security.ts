// The web app's guard. It can start runs and write to the user's tools, so every request must come to
// an address it listens on by a name that cannot be rebound (Host: loopback names or IP literals), must
// carry the per-start token (from the printed URL, then a cookie, or a header for scripts), and a
// request that changes anything must also come from the app's own origin (Origin checked, JSON only),
// so another web page can neither read nor drive it.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";

/**
 * The query parameter of the printed URL that carries the token. Not `token`: the CLI redacts
 * `?token=` values from everything it prints, and this URL is printed for the user to open.
 */
export const SESSION_PARAM = "session";

/** The header a script (not a browser page) may send the token in. */
export const TOKEN_HEADER = "x-benchloop-token";

/** A fresh random token for one start of the server. */
export function createToken(): string {
  return randomBytes(24).toString("base64url");
}

/** The cookie that holds the token; per port, so two servers on one machine keep their own. */
export function tokenCookieName(port: number): string {
  return `benchloop_token_${port}`;
}

const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/i;

/**
 * True when a `Host` header names this server by a name that DNS cannot rebind: a loopback name, or,
 * when it listens on every interface, any IP literal; always with the server's own port.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number, listensOnAll: boolean): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.toLowerCase();
  const suffix = `:${port}`;
  if (!host.endsWith(suffix)) return false;
  const name = host.slice(0, -suffix.length);
  if (LOOPBACK_NAMES.has(name)) return true;
  return listensOnAll && (IPV4.test(name) || IPV6.test(name));
}

/** True when `origin` is this server's own origin as the browser reached it (`http://<Host>`). */
export function isSameOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  return (
    origin !== undefined &&
    hostHeader !== undefined &&
    origin.toLowerCase() === `http://${hostHeader.toLowerCase()}`
  );
}

/** Compares tokens in constant time. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Options of {@link guard}. */
export interface GuardOptions {
  token: string;
  port: number;
  listensOnAll: boolean;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

function refuse(c: Context, status: 400 | 401 | 403 | 415 | 421, message: string, hint: string) {
  c.header("cache-control", "no-store");
  if (c.req.header("accept")?.includes("text/html"))
    return c.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Refused</title></head><body><h1>Refused</h1><p>${message}</p><p>${hint}</p></body></html>`,
      status,
    );
  return c.json({ error: { code: "REQUEST_REFUSED", message, hint } }, status);
}

/** The guard every request passes first (see the module comment). */
export function guard(options: GuardOptions): MiddlewareHandler {
  const cookie = tokenCookieName(options.port);
  return async (c, next) => {
    const host = c.req.header("host");
    if (!isAllowedHost(host, options.port, options.listensOnAll))
      return refuse(
        c,
        421,
        `The Host header "${host ?? ""}" is not an address this server answers to.`,
        "Open the URL that `benchloop serve` printed (a loopback address or an IP literal).",
      );
    const origin = c.req.header("origin");
    if (origin !== undefined && !isSameOrigin(origin, host))
      return refuse(
        c,
        403,
        `Requests from ${origin} are refused: only pages of this server may call it.`,
        "Use the benchloop pages themselves.",
      );
    const safe = SAFE_METHODS.has(c.req.method);
    const fromQuery = safe ? c.req.query(SESSION_PARAM) : undefined;
    const fromHeader = c.req.header(TOKEN_HEADER);
    const given = fromQuery ?? fromHeader ?? getCookie(c, cookie);
    if (!tokenMatches(given, options.token))
      return refuse(
        c,
        401,
        "This request has no valid access token.",
        "Open the URL with ?session=… that `benchloop serve` printed when it started; the token changes at every start.",
      );
    if (fromQuery !== undefined) {
      setCookie(c, cookie, options.token, { httpOnly: true, sameSite: "Strict", path: "/" });
      const url = new URL(c.req.url);
      url.searchParams.delete(SESSION_PARAM);
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (!safe) {
      // A browser always sends Origin on a POST; a request without one must be a script that sent the
      // token in the header (which no other origin's page can set without a refused preflight).
      if (origin === undefined && fromHeader === undefined)
        return refuse(c, 403, "A change needs a same-origin request.", "Send it from the benchloop pages.");
      if (!c.req.header("content-type")?.toLowerCase().startsWith("application/json"))
        return refuse(
          c,
          415,
          "A change must send a JSON body (Content-Type: application/json).",
          "Send JSON.",
        );
    }
    await next();
    c.header("x-content-type-options", "nosniff");
    c.header("x-frame-options", "DENY");
    c.header("referrer-policy", "no-referrer");
    c.header("cache-control", "no-store");
    c.header("cross-origin-resource-policy", "same-origin");
    if (!c.res.headers.has("content-security-policy"))
      c.header(
        "content-security-policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
  };
}
