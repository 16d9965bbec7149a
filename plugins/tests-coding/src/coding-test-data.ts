// What a coding test carries in `BenchTest.data` for the `code` scorer: the spec, the required exports
// and the declared interface. Results store it with the plan, so the scorer never reads the catalog.
import { z } from "@benchloop/core";

/** `BenchTest.data` of a coding test. */
export const CodingTestDataSchema = z
  .object({
    language: z.enum(["typescript", "python"]).describe("Language the answer is asked in."),
    exports: z.array(z.string()).min(1).describe("Names the module must export."),
    spec: z.string().min(1).describe("describe/it/expect spec importing from ./solution."),
    interfaceSource: z.string().describe(".d.ts text of the declared interface (empty for Python tests)."),
    informedOnlyChecks: z
      .array(z.string().min(1))
      .optional()
      .describe("Checks left out of blind scores: the blind prompt does not state their contracts."),
  })
  .strict();

/** `BenchTest.data` of a coding test. */
export type CodingTestData = z.infer<typeof CodingTestDataSchema>;
