// Overrides config defaults from environment variables named APP_<KEY> (upper case).
export class ConfigError extends Error {}

export type Config = { port: number; debug: boolean; name: string; ratio: number };

const TRUE = new Set(["true", "1", "yes", "on"]);
const FALSE = new Set(["false", "0", "no", "off"]);

function parse(name: string, raw: string, current: unknown): unknown {
  if (typeof current === "number") {
    const text = raw.trim();
    const value = Number(text);
    if (text === "" || !Number.isFinite(value)) throw new ConfigError(`${name}="${raw}" is not a number`);
    return value;
  }
  if (typeof current === "boolean") {
    const text = raw.trim().toLowerCase();
    if (TRUE.has(text)) return true;
    if (FALSE.has(text)) return false;
    throw new ConfigError(`${name}="${raw}" is not a boolean; use true/false, 1/0, yes/no or on/off`);
  }
  return raw;
}

export function applyEnv(defaults: Config, env: Record<string, string | undefined>): Config {
  const result: Config = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Config)[]) {
    const name = `APP_${key.toUpperCase()}`;
    const raw = env[name];
    if (raw === undefined) continue;
    (result as Record<string, unknown>)[key] = parse(name, raw, defaults[key]);
  }
  return result;
}
