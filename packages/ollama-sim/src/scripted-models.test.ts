import { Ollama } from "ollama";
import { afterEach, describe, expect, it } from "vitest";
import { type AnswerBookEntry, type SimOptions, type SimServer, startSim } from "./index.js";
import { countTokens } from "./tokenizer.js";

const ADD: AnswerBookEntry = {
  prompt: "Write a TypeScript function add(a, b) that returns the sum.",
  answer: "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
  flawedAnswer: "export function add(a: number, b: number): number {\n  return a * b;\n}\n",
  thinking: "The user wants addition. I will return a + b with number types.",
};
const IS_ADULT: AnswerBookEntry = {
  prompt: "Write isAdult(age) returning true from 18 on.",
  answer: "export const isAdult = (age: number): boolean => age >= 18;\n",
};

const sims: SimServer[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});
async function start(options: SimOptions = {}) {
  const sim = await startSim({ latencyScale: 0, answers: [ADD, IS_ADULT], ...options });
  sims.push(sim);
  return { sim, ollama: new Ollama({ host: sim.url }) };
}
const ask = (ollama: Ollama, model: string, content: string) =>
  ollama.chat({ model, messages: [{ role: "user", content }], options: { temperature: 0 } });

describe("sim/oracle", () => {
  it("answers with the reference answer, also when the prompt only contains the book's prompt", async () => {
    const { ollama } = await start();
    expect((await ask(ollama, "sim/oracle", ADD.prompt)).message.content).toBe(ADD.answer);
    const wrapped = `Task:\n${IS_ADULT.prompt}\nAnswer with one fenced code block.`;
    expect((await ask(ollama, "sim/oracle", wrapped)).message.content).toBe(IS_ADULT.answer);
  });
});

describe("sim/sloppy", () => {
  it("answers with the book's flawed answer", async () => {
    const { ollama } = await start();
    expect((await ask(ollama, "sim/sloppy", ADD.prompt)).message.content).toBe(ADD.flawedAnswer);
  });

  it("puts a plausible bug into the reference when the book has no flawed answer", async () => {
    const { ollama } = await start();
    const answer = (await ask(ollama, "sim/sloppy", IS_ADULT.prompt)).message.content;
    expect(answer).toBe("export const isAdult = (age: number): boolean => age > 18;\n");
  });

  it("answers plausible wrong code for a code prompt the book does not know", async () => {
    const { ollama } = await start();
    const answer = (await ask(ollama, "sim/sloppy", "Implement a function that sorts numbers")).message
      .content;
    expect(answer).toContain("```ts");
    expect(answer).toContain("export function");
  });
});

describe("sim/prose", () => {
  it("refuses in prose, without any code", async () => {
    const { ollama } = await start();
    const answer = (await ask(ollama, "sim/prose", ADD.prompt)).message.content;
    expect(answer).toMatch(/sorry|rather not/i);
    expect(answer).not.toMatch(/```|[{};=]|function/);
  });
});

describe("sim/thinker", () => {
  it("thinks with the book's reasoning, then gives the reference answer", async () => {
    const { ollama } = await start();
    const response = await ask(ollama, "sim/thinker", ADD.prompt);
    expect(response.message.thinking).toBe(ADD.thinking);
    expect(response.message.content).toBe(ADD.answer);
    expect(response.eval_count).toBe(countTokens(ADD.thinking!) + countTokens(ADD.answer));
  });

  it("thinks at length when the book has no reasoning", async () => {
    const { ollama } = await start();
    const response = await ask(ollama, "sim/thinker", IS_ADULT.prompt);
    expect(countTokens(response.message.thinking ?? "")).toBeGreaterThan(100);
    expect(response.message.content).toBe(IS_ADULT.answer);
  });

  it("spends num_predict on thinking first, leaving no answer when it runs out", async () => {
    const { ollama } = await start();
    const response = await ollama.chat({
      model: "sim/thinker",
      messages: [{ role: "user", content: IS_ADULT.prompt }],
      options: { num_predict: 20 },
    });
    expect(response.done_reason).toBe("length");
    expect(countTokens(response.message.thinking ?? "")).toBe(20);
    expect(response.message.content).toBe("");
  });
});

describe("sim/truncator", () => {
  it("stops after a few tokens with done_reason length", async () => {
    const { ollama } = await start();
    const response = await ask(ollama, "sim/truncator", ADD.prompt);
    expect(response.done_reason).toBe("length");
    expect(response.eval_count).toBe(12);
    expect(ADD.answer.startsWith(response.message.content)).toBe(true);
    expect(response.message.content.length).toBeLessThan(ADD.answer.length);
  });
});

describe("sim/no-tools", () => {
  it("answers like the oracle when no tools are sent", async () => {
    const { ollama } = await start();
    expect((await ask(ollama, "sim/no-tools", ADD.prompt)).message.content).toBe(ADD.answer);
  });
});

describe("sim/flaky", () => {
  type Outcome = "ok" | "http-500" | "reset";
  const outcomes = async (seed: number): Promise<Outcome[]> => {
    const { ollama } = await start({ seed });
    const seen: Outcome[] = [];
    for (let index = 0; index < 16; index++) {
      try {
        const response = await ollama.generate({ model: "sim/flaky", prompt: ADD.prompt });
        expect(response.response).toBe(ADD.answer);
        seen.push("ok");
      } catch (error) {
        const status = (error as { status_code?: number }).status_code;
        if (status === 500) {
          expect((error as Error).message).toBe("llama runner process has terminated: exit status 2");
          seen.push("http-500");
        } else {
          expect((error as Error).message).toBe("fetch failed");
          seen.push("reset");
        }
      }
    }
    return seen;
  };

  it("fails on a seeded schedule with HTTP 500s and connection resets, otherwise answers", async () => {
    const first = await outcomes(3);
    expect(new Set(first)).toEqual(new Set(["ok", "http-500", "reset"]));
    expect(await outcomes(3)).toEqual(first);
    expect(await outcomes(4)).not.toEqual(first);
  });
});
