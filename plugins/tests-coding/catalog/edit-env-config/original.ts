// Overrides config defaults from environment variables named APP_<KEY> (upper case).
export class ConfigError extends Error {}

export type Config = { port: number; debug: boolean; name: string; ratio: number };

export function applyEnv(defaults: Config, env: Record<string, string | undefined>): Config {
  const result: Config = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Config)[]) {
    const raw = env[`APP_${key.toUpperCase()}`];
    if (raw === undefined) continue;
    const current = defaults[key];
    if (typeof current === "number") (result as Record<string, unknown>)[key] = Number(raw);
    else if (typeof current === "boolean") (result as Record<string, unknown>)[key] = Boolean(raw);
    else (result as Record<string, unknown>)[key] = raw;
  }
  return result;
}
