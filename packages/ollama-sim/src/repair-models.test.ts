// sim/repairer and sim/stubborn over real sockets, on the Ollama and the OpenAI-compatible API.
import { Ollama } from "ollama";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { type AnswerBookEntry, type SimServer, startSim } from "./index.js";

const ADD: AnswerBookEntry = {
  prompt: "Write a TypeScript function add(a, b) that returns the sum.",
  answer: "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
  flawedAnswer: "export function add(a: number, b: number): number {\n  return a * b;\n}\n",
};
const REPORT =
  "Your answer failed 1 of 2 checks:\n\n✗ adds two numbers\n  expected: 5\n  actual:   6\n\nFix the code.";

const sims: SimServer[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});
async function start() {
  const sim = await startSim({ latencyScale: 0, answers: [ADD] });
  sims.push(sim);
  return sim;
}

type Turn = { role: "user" | "assistant"; content: string };
const conversation = (followUp: string): Turn[] => [
  { role: "user", content: ADD.prompt },
  { role: "assistant", content: ADD.flawedAnswer! },
  { role: "user", content: followUp },
];

describe.each([
  [
    "Ollama /api/chat",
    async (url: string, model: string, messages: Turn[]) =>
      (await new Ollama({ host: url }).chat({ model, messages, options: { temperature: 0 } })).message
        .content,
  ],
  [
    "OpenAI /v1/chat/completions",
    async (url: string, model: string, messages: Turn[]) =>
      (
        await new OpenAI({ baseURL: `${url}/v1`, apiKey: "x", maxRetries: 0 }).chat.completions.create({
          model,
          messages,
          temperature: 0,
        })
      ).choices[0]!.message.content,
  ],
])("repair models on %s", (_api, chat) => {
  it("sim/repairer fails first, then answers the reference once it sees a failure report", async () => {
    const sim = await start();
    expect(await chat(sim.url, "sim/repairer", [{ role: "user", content: ADD.prompt }])).toBe(
      ADD.flawedAnswer,
    );
    expect(await chat(sim.url, "sim/repairer", conversation(REPORT))).toBe(ADD.answer);
    // A follow-up that reports no failing check is no reason to change the answer.
    expect(await chat(sim.url, "sim/repairer", conversation("Thanks! Can you add a doc comment?"))).toBe(
      ADD.flawedAnswer,
    );
  });

  it("sim/stubborn gives the same wrong answer whatever it is told", async () => {
    const sim = await start();
    expect(await chat(sim.url, "sim/stubborn", [{ role: "user", content: ADD.prompt }])).toBe(
      ADD.flawedAnswer,
    );
    expect(await chat(sim.url, "sim/stubborn", conversation(REPORT))).toBe(ADD.flawedAnswer);
  });
});
