// Root vitest config: `pnpm vitest` from the root runs every workspace project at once.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { projects: ["packages/*", "plugins/*", "apps/*", "examples/*", "tests"] },
});
