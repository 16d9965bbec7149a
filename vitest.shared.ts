// Shared vitest settings: every package resolves its workspace siblings to their TypeScript source
// through the private `@benchloop/source` export condition, so unit tests never wait on a build.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@benchloop/source"] },
  ssr: { resolve: { conditions: ["@benchloop/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ["default"],
  },
});
