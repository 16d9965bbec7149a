export declare class ConfigError extends Error {}
export type Config = {
  port: number;
  debug: boolean;
  name: string;
  ratio: number;
};
export declare function applyEnv(defaults: Config, env: Record<string, string | undefined>): Config;
