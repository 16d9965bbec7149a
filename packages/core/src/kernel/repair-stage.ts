// The repair rounds of one item whose first answer failed: each round sends the failing checks as a
// follow-up turn of the same conversation (the harness's `followUp`), scores the new answer like the
// first, and stops at the first pass or after `attempts` rounds. A round is cached by the hash of the
// conversation so far, so a rerun replays it. The first answer stays the item's pass@1 fact.
import type { Generation } from "../generation/generation.js";
import { hashCanonical } from "../plan/canonical-json.js";
import type { ConversationTurn, Harness } from "../plugin/contracts.js";
import type { ArtifactWriter } from "../plugin/services.js";
import type { RepairAttempt } from "../results/item-result.js";
import type { Failure } from "../score/failure.js";
import type { Score } from "../score/score.js";
import type { ExecuteContext, ItemUnit } from "./executor.js";
import { type GenerateStageDeps, runGenerateStage } from "./generate-stage.js";
import { fromCache } from "./item-metrics.js";
import { buildRepairFeedback } from "./repair-feedback.js";
import { runScoreStage, type ScoreStageDeps } from "./score-stage.js";

/** What the repair rounds of an item produced. */
export interface RepairOutcome {
  repairs: RepairAttempt[];
  /** The attempt that passed (2 for the first round), when one did. */
  passedAtAttempt?: number;
  /** Why no round ran although one was due (the harness cannot hold a conversation). */
  unsupported?: string;
}

/** What the repair stage needs: the stages' dependencies, each made for a round's artifact writer. */
export interface RepairStageDeps {
  harnessOf(id: string): Harness;
  generate(artifacts: ArtifactWriter): GenerateStageDeps;
  score(artifacts: ArtifactWriter): Omit<ScoreStageDeps, "judge">;
}

/** The prefix of repair round `attempt`'s artifact names in the item's (flat) artifact folder. */
export function repairArtifactPrefix(attempt: number): string {
  return `repair-${attempt}-`;
}

/**
 * Writes a round's artifacts under names of its own (`repair-2-transcript.ndjson`), so its transcript
 * does not replace the first answer's, nor one round's report another's.
 */
function roundArtifacts(artifacts: ArtifactWriter, attempt: number): ArtifactWriter {
  const prefix = repairArtifactPrefix(attempt);
  return { write: (name, content) => artifacts.write(`${prefix}${name.split("/").join("-")}`, content) };
}

/** The hash of a conversation: the item (model, digest, harness, test, sampling, repeat) and its turns. */
export function conversationHash(unit: ItemUnit, turns: readonly ConversationTurn[]): string {
  return hashCanonical({ item: unit.item.hash, system: unit.test.system ?? null, turns });
}

/**
 * Runs the repair rounds of `unit` after its failed first answer (`first`, scored `firstScore`).
 * Throws only the abort reason when the run aborts.
 */
export async function runRepairStage(
  unit: ItemUnit,
  first: { generation: Generation; score: Score },
  ctx: ExecuteContext,
  deps: RepairStageDeps,
): Promise<RepairOutcome> {
  const { item, test } = unit;
  const setting = unit.repair;
  const outcome: RepairOutcome = { repairs: [] };
  if (!setting) return outcome;
  const harness = deps.harnessOf(item.harness);
  if (!harness.followUp) {
    outcome.unsupported =
      harness.followUpUnsupported ??
      `the ${item.harness} harness cannot continue a conversation, so the model could not be shown its failing checks`;
    return outcome;
  }
  const followUp = harness.followUp.bind(harness);
  const history: ConversationTurn[] = [
    { role: "user", content: test.prompts[item.passType] },
    { role: "assistant", content: first.generation.text },
  ];
  let score = first.score;
  for (let attempt = 2; attempt <= setting.attempts + 1; attempt++) {
    if (ctx.stopSignal?.aborted) break;
    const startedAt = new Date(ctx.clock.now()).toISOString();
    const feedback = buildRepairFeedback(test, score, setting.feedbackBytes);
    const turns = [...history, { role: "user" as const, content: feedback.text }];
    const hash = conversationHash(unit, turns);
    ctx.emit({ type: "item:repair", time: startedAt, key: item.key, attempt });
    const artifacts = roundArtifacts(ctx.artifacts, attempt);
    const feedbackPath = await artifacts.write("feedback.txt", feedback.text);

    const cached = unit.cache ? ctx.repairCache?.get(hash) : undefined;
    let generation: Generation | undefined;
    let failure: Failure | undefined;
    let generateMs = 0;
    if (cached) {
      generation = fromCache(cached);
    } else {
      const generated = await runGenerateStage(unit, ctx, deps.generate(artifacts), (_harness, itemContext) =>
        followUp(
          {
            model: item.model,
            prompt: feedback.text,
            ...(test.system !== undefined ? { system: test.system } : {}),
            history,
            passType: item.passType,
            sampling: unit.sampling,
            testId: test.id,
          },
          itemContext,
        ),
      );
      generation = generated.failure ? undefined : generated.generation;
      failure = generated.failure;
      generateMs = generated.generateMs;
    }

    let roundScore: Score | undefined;
    let scoreMs = 0;
    const newScores: Record<string, Score> = {};
    const newScoreMs: Record<string, number> = {};
    if (generation) {
      const scoring: ExecuteContext = {
        ...ctx,
        artifacts,
        ...(unit.cache
          ? {
              scoreCache: {
                get: (key: string) => cached?.scores?.[key],
                put: (key: string, s: Score, ms?: number) => {
                  newScores[key] = s;
                  if (ms !== undefined) newScoreMs[key] = ms;
                },
              },
            }
          : {}),
      };
      const roundUnit: ItemUnit = {
        ...unit,
        cached: cached
          ? {
              generation: cached.generation,
              runId: cached.runId,
              ...(cached.scores ? { scores: cached.scores } : {}),
              ...(cached.scoreMs ? { scoreMs: cached.scoreMs } : {}),
            }
          : undefined,
      };
      const scored = await runScoreStage(roundUnit, generation, scoring, deps.score(artifacts));
      roundScore = scored.score;
      scoreMs = scored.scoreMs;
      failure = scored.failure;
      if (ctx.repairCache && (!cached || Object.keys(newScores).length > 0)) {
        ctx.repairCache.put(hash, {
          ...(cached ? { runId: cached.runId } : {}),
          generation: cached ? cached.generation : generation,
          scores: { ...cached?.scores, ...newScores },
          scoreMs: { ...cached?.scoreMs, ...newScoreMs },
        });
      }
    }

    const status = failure || !roundScore ? "error" : roundScore.passed ? "passed" : "failed";
    const repair: RepairAttempt = {
      attempt,
      status,
      startedAt,
      endedAt: new Date(ctx.clock.now()).toISOString(),
      cache: cached ? "hit" : unit.cache ? "miss" : "off",
      feedback: { hash, artifact: feedbackPath, ...(feedback.truncated ? { truncated: true } : {}) },
      ...(generation ? { generation } : {}),
      ...(roundScore ? { score: roundScore } : {}),
      ...(failure ? { failure } : {}),
      // As an item's wall time: the answer's own (measured when it was made, for a replay) plus scoring.
      metrics: { wallMs: Math.max(0, (generation?.timing.wallMs ?? generateMs) + scoreMs) },
    };
    outcome.repairs.push(repair);
    ctx.emit({
      type: "item:repair",
      time: repair.endedAt,
      key: item.key,
      attempt,
      status,
      cache: repair.cache,
      ...(feedback.truncated ? { truncated: true } : {}),
    });
    if (status === "passed") {
      outcome.passedAtAttempt = attempt;
      break;
    }
    if (status === "error" || !generation || !roundScore) break;
    history.push({ role: "user", content: feedback.text }, { role: "assistant", content: generation.text });
    score = roundScore;
  }
  return outcome;
}
