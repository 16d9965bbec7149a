import { it } from "vitest";
import { buildLegacyCases } from "./build-cases.js";
it("scratch", async () => {
  const t0 = Date.now();
  const set = await buildLegacyCases({ config: { roots: ["/work/main"] }, cwd: "/" });
  console.log(Date.now() - t0, "ms");
  console.log(JSON.stringify(set.roots, null, 1));
  for (const t of set.tests) console.log(t.id, JSON.stringify({ ...(t.data as object), case: undefined }).slice(0, 300));
  console.log(set.tests[0]?.prompts.informed.slice(-600));
});
