// judge-report.json: what `benchloop judge` writes beside the judged run — the judge, its verdict counts,
// the items it could not judge and its reliability (spread across repeats, agreement with the checks).
import { z } from "zod";

/** File in a judged run's folder holding its {@link JudgeReport}. */
export const JUDGE_REPORT_FILE = "judge-report.json";

/** The spread of one item's judge scores over the judge's repeats. */
const ItemJudgeSpreadSchema = z
  .object({
    key: z.string(),
    n: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    mean: z.number(),
    variance: z.number().optional().describe("Sample variance (n − 1); 0 for a single verdict."),
    stdDev: z.number(),
    range: z.number().optional().describe("Highest minus lowest score."),
  })
  .strict();

/** Schema of judge-report.json (docs/schema/judge-report.schema.json). */
export const JudgeReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    runId: z.string().describe("The judged run (the new one)."),
    fromRun: z.string().describe("The run whose answers were judged."),
    judge: z
      .object({
        model: z.string(),
        digest: z.string().optional(),
        backend: z.string().optional(),
        temperature: z.number().optional(),
        seed: z.number().int().optional(),
      })
      .strict(),
    judged: z.number().int().nonnegative().describe("Items that got a verdict."),
    verdicts: z
      .object({ ok: z.number().int().nonnegative(), judgeError: z.number().int().nonnegative() })
      .strict(),
    meanScore: z.number().optional().describe("Mean judge score (0–1) of the ok verdicts."),
    cache: z
      .object({ hits: z.number().int().nonnegative(), misses: z.number().int().nonnegative() })
      .strict(),
    unjudged: z.array(z.object({ key: z.string(), reason: z.string() }).strict()),
    reliability: z
      .object({
        repeats: z.number().int().positive(),
        items: z.number().int().nonnegative(),
        judgeErrors: z.number().int().nonnegative(),
        meanStdDev: z.number(),
        maxStdDev: z.number(),
        unstableItems: z.number().int().nonnegative(),
        agreement: z
          .object({
            n: z.number().int().nonnegative(),
            rate: z.number().optional(),
            kappa: z.number().optional(),
          })
          .strict(),
        perItem: z.array(ItemJudgeSpreadSchema),
        perSuite: z
          .array(
            z
              .object({
                suite: z.string().describe("The suite, or `(no suite)`."),
                items: z.number().int().nonnegative(),
                meanVariance: z
                  .number()
                  .describe("Mean over items of the variance of the judge's repeated scores of one answer."),
                meanStdDev: z.number(),
                maxStdDev: z.number(),
                unstableItems: z.number().int().nonnegative(),
                runRepeats: z
                  .object({
                    groups: z.number().int().nonnegative(),
                    meanVariance: z.number(),
                    meanStdDev: z.number(),
                    maxStdDev: z.number(),
                  })
                  .strict()
                  .describe("Spread of the mean judge score across the run's repeats of one test."),
              })
              .strict(),
          )
          .optional()
          .describe("The judge's spread per suite (absent in reports written before it was kept)."),
        perRunRepeatGroup: z
          .array(ItemJudgeSpreadSchema.extend({ suite: z.string() }))
          .optional()
          .describe("Per group of the run's repeats of one test: the spread of their mean judge scores."),
      })
      .strict(),
  })
  .strict();

/** A judged run's report (judge-report.json). */
export type JudgeReport = z.infer<typeof JudgeReportSchema>;
