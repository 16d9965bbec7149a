// What each scripted model says: the reply (thinking, text, tool calls) for one turn, chosen from the
// answer book by the model's behaviour, before any truncation or pacing is applied.

import type { AnswerBook, AnswerBookEntry } from "./answer-book.js";
import type { SimModel } from "./catalog.js";
import { formatAnswerAsJson, isJsonFormat } from "./json-format.js";

/** A tool call as a scripted model emits it. */
export interface ScriptedToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** The full reply of one turn, before truncation. */
export interface ScriptedReply {
  thinking: string;
  content: string;
  toolCalls: ScriptedToolCall[];
}

/** What a scripted model sees of a request. */
export interface ReplyInput {
  model: SimModel;
  book: AnswerBook;
  /** The last user message (chat) or the prompt (generate). */
  prompt: string;
  /**
   * The first user message, when the model already answered in this conversation (a follow-up turn such
   * as a repair round); absent on a first turn.
   */
  conversationStart?: string;
  /** True when a tool result follows the last user message. */
  afterToolResult: boolean;
  /** Names of the tools the request offers. */
  toolNames: readonly string[];
  /** Whether the reply carries `thinking` (resolved from `think` and the model's capabilities). */
  think: boolean;
  format: unknown;
  /** Source of variation for sampled (temperature > 0, unseeded) requests; constant otherwise. */
  pick: (choices: number) => number;
}

const TOOL_CALLING_BEHAVIOURS = new Set(["oracle", "thinker", "flaky", "no-tools"]);

/** Decides the reply of a scripted model for one turn. */
export function scriptReply(input: ReplyInput): ScriptedReply {
  const entry = input.book.find(input.prompt);
  const { behaviour } = input.model;
  const toolCall = entry?.toolCall;
  if (
    toolCall &&
    !input.afterToolResult &&
    TOOL_CALLING_BEHAVIOURS.has(behaviour) &&
    input.toolNames.includes(toolCall.name)
  ) {
    return {
      thinking: input.think ? thinkingFor(input.prompt, entry) : "",
      content: "",
      toolCalls: [{ name: toolCall.name, arguments: toolCall.arguments }],
    };
  }
  const answer = answerFor(behaviour, input, entry);
  return {
    thinking: input.think ? thinkingFor(input.prompt, entry) : "",
    content: isJsonFormat(input.format) ? formatAnswerAsJson(answer, input.format) : answer,
    toolCalls: [],
  };
}

/** A follow-up message that reports failing checks (what a benchmark's repair round sends). */
const FAILURE_REPORT = /\bfail(?:ed|ing|s)?\b[\s\S]*\bchecks?\b|\bchecks?\b[\s\S]*\bfail(?:ed|ing|s)?\b/i;

/** The flawed answer of an entry, as sim/sloppy gives it. */
function flawed(input: ReplyInput, entry?: AnswerBookEntry): string {
  return entry ? (entry.flawedAnswer ?? introduceBug(entry.answer)) : wrongAnswer(input.prompt, input.pick);
}

/**
 * sim/repairer and sim/stubborn: wrong at the first turn (like sloppy); on a follow-up that reports
 * failing checks, the repairer gives the reference answer of the conversation's first prompt and the
 * stubborn one its flawed answer again.
 */
function repairTurn(behaviour: "repairer" | "stubborn", input: ReplyInput): string {
  const start = input.conversationStart;
  if (start === undefined) return flawed(input, input.book.find(input.prompt));
  const entry = input.book.find(start);
  const asked = { ...input, prompt: start };
  if (behaviour === "repairer" && FAILURE_REPORT.test(input.prompt))
    return entry ? entry.answer : genericAnswer(start);
  return flawed(asked, entry);
}

function answerFor(behaviour: SimModel["behaviour"], input: ReplyInput, entry?: AnswerBookEntry): string {
  switch (behaviour) {
    case "repairer":
    case "stubborn":
      return repairTurn(behaviour, input);
    case "sloppy":
      return entry
        ? (entry.flawedAnswer ?? introduceBug(entry.answer))
        : wrongAnswer(input.prompt, input.pick);
    case "prose":
      return refusal(input.pick);
    default:
      return entry ? entry.answer : genericAnswer(input.prompt);
  }
}

/** The same text for the same prompt, whatever the sampling options. */
function genericAnswer(prompt: string): string {
  const topic = summarise(prompt);
  return (
    `Here is a short answer. You asked about "${topic}". ` +
    "The key points are to state the goal precisely, handle the edge cases explicitly, " +
    "and check the result against a few worked examples before relying on it."
  );
}

const CODE_REQUEST = /\b(function|implement|code|class|typescript|javascript|python|module|export)\b/i;

function wrongAnswer(prompt: string, pick: ReplyInput["pick"]): string {
  if (CODE_REQUEST.test(prompt)) {
    return [
      "Here is the implementation:",
      "",
      "```ts",
      "export function solve(input: unknown[]): unknown[] {",
      "  const result = [];",
      "  for (let i = 1; i < input.length; i++) result.push(input[i]);",
      "  return result;",
      "}",
      "```",
    ].join("\n");
  }
  const claims = ["The answer is 42.", "It is always false.", "This cannot be done in fewer than ten steps."];
  return `${claims[pick(claims.length)]} I am confident this is correct for "${summarise(prompt)}".`;
}

const BUG_SUBSTITUTIONS: ReadonlyArray<[string, string]> = [
  [" <= ", " < "],
  [" < ", " <= "],
  [" >= ", " > "],
  [" > ", " >= "],
  [" === ", " !== "],
  [" + 1", " - 1"],
  [" + ", " - "],
  ["true", "false"],
];

/** A plausible bug: the first applicable operator flip, else the answer cut in half. */
function introduceBug(answer: string): string {
  for (const [from, to] of BUG_SUBSTITUTIONS) {
    const at = answer.indexOf(from);
    if (at >= 0) return answer.slice(0, at) + to + answer.slice(at + from.length);
  }
  return answer.slice(0, Math.max(1, Math.floor(answer.length / 2)));
}

const REFUSALS = [
  "I'm sorry, but I can't write that for you. In general terms, you would break the problem into " +
    "smaller steps, describe the expected inputs and outputs, and test each case carefully. " +
    "I would suggest reading the documentation of the language you are using.",
  "I'd rather not produce an implementation here. Think about what the inputs are, what the " +
    "result should be, and which unusual cases matter; then write it step by step and test it.",
];

function refusal(pick: ReplyInput["pick"]): string {
  return REFUSALS[pick(REFUSALS.length)]!;
}

function thinkingFor(prompt: string, entry?: AnswerBookEntry): string {
  if (entry?.thinking) return entry.thinking;
  const topic = summarise(prompt);
  return [
    `Okay, the user is asking about "${topic}". Let me think about what is really being requested.`,
    "First, I should restate the goal in my own words so that I do not miss a constraint.",
    "Then I need to consider the inputs: what shapes they can take, and which of them are unusual.",
    "Empty inputs, very large inputs and duplicated values are the usual sources of mistakes.",
    "I should also think about the expected output format, since the answer will be checked.",
    "Let me sketch an approach, then walk through a small example by hand to verify it.",
    "If the example works, I will check one edge case more before writing the final answer.",
    "That seems consistent. I am fairly confident in the approach now, so I will write it up clearly.",
  ].join(" ");
}

function summarise(prompt: string): string {
  const oneLine = prompt.replace(/\s+/g, " ").trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}
