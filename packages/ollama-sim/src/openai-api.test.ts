import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { type AnswerBookEntry, SIM_MODELS, type SimOptions, type SimServer, startSim } from "./index.js";
import { countTokens } from "./tokenizer.js";

const ADD: AnswerBookEntry = {
  prompt: "Write a TypeScript function add(a, b) that returns the sum.",
  answer: "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
};
const WRITE: AnswerBookEntry = {
  prompt: "Create hello.txt containing hi",
  answer: "I created hello.txt with the text hi.",
  toolCall: { name: "write", arguments: { filePath: "hello.txt", content: "hi" } },
};
const WRITE_PARAMETERS = {
  type: "object",
  properties: { filePath: { type: "string" }, content: { type: "string" } },
  required: ["filePath", "content"],
};
const CHAT_TOOL = { type: "function" as const, function: { name: "write", parameters: WRITE_PARAMETERS } };
const RESPONSES_TOOL = {
  type: "function" as const,
  name: "write",
  parameters: WRITE_PARAMETERS,
  strict: false,
};

const sims: SimServer[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});
async function start(options: SimOptions = {}) {
  const sim = await startSim({ latencyScale: 0, answers: [ADD, WRITE], ...options });
  sims.push(sim);
  return { sim, openai: new OpenAI({ baseURL: `${sim.url}/v1`, apiKey: "ollama", maxRetries: 0 }) };
}
const user = (content: string) => [{ role: "user" as const, content }];

describe("/v1/models", () => {
  it("lists the catalog and retrieves one model", async () => {
    const { openai } = await start();
    const ids = [];
    for await (const model of openai.models.list()) ids.push(model.id);
    expect(ids).toEqual(SIM_MODELS.map((model) => model.name));
    expect(await openai.models.retrieve("sim/oracle:latest")).toMatchObject({
      id: "sim/oracle:latest",
      object: "model",
      owned_by: "sim",
    });
  });
});

describe("/v1/chat/completions", () => {
  it("answers without streaming with usage", async () => {
    const { openai } = await start();
    const completion = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: user(ADD.prompt),
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.choices[0]).toMatchObject({
      message: { role: "assistant", content: ADD.answer },
      finish_reason: "stop",
    });
    expect(completion.usage?.completion_tokens).toBe(countTokens(ADD.answer));
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0),
    );
  });

  it("streams chunks, a finish reason, and a usage chunk when stream_options asks for it", async () => {
    const { openai } = await start();
    const stream = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: user(ADD.prompt),
      stream: true,
      stream_options: { include_usage: true },
    });
    let content = "";
    const finishReasons: string[] = [];
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      for (const choice of chunk.choices) {
        content += choice.delta.content ?? "";
        if (choice.finish_reason) finishReasons.push(choice.finish_reason);
      }
      if (chunk.usage) {
        expect(chunk.choices).toEqual([]);
        usage = chunk.usage;
      }
    }
    expect(content).toBe(ADD.answer);
    expect(finishReasons).toEqual(["stop"]);
    expect(usage?.completion_tokens).toBe(countTokens(ADD.answer));
  });

  it("sends no usage chunk unless asked, and ends the stream with [DONE]", async () => {
    const { sim } = await start();
    const response = await fetch(`${sim.url}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "sim/oracle", messages: user("hi"), stream: true }),
    });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const events = (await response.text()).trim().split("\n\n");
    expect(events.at(-1)).toBe("data: [DONE]");
    expect(events.some((event) => event.includes('"usage"'))).toBe(false);
  });

  it("streams reasoning apart from the content for a thinking model", async () => {
    const { openai } = await start();
    const stream = await openai.chat.completions.create({
      model: "sim/thinker",
      messages: user(ADD.prompt),
      stream: true,
    });
    let reasoning = "";
    let content = "";
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta as { content?: string; reasoning?: string } | undefined;
      reasoning += delta?.reasoning ?? "";
      content += delta?.content ?? "";
    }
    expect(countTokens(reasoning)).toBeGreaterThan(100);
    expect(content).toBe(ADD.answer);
  });

  it("holds a tool call round trip, streamed and not", async () => {
    const { openai } = await start();
    const first = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: user(WRITE.prompt),
      tools: [CHAT_TOOL],
    });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(first.choices[0]?.finish_reason).toBe("tool_calls");
    expect(call).toMatchObject({ type: "function", function: { name: "write" } });
    expect(call?.id).toMatch(/^call_/);
    const args = call?.type === "function" ? JSON.parse(call.function.arguments) : undefined;
    expect(args).toEqual(WRITE.toolCall?.arguments);

    const streamed = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: user(WRITE.prompt),
      tools: [CHAT_TOOL],
      stream: true,
    });
    const deltas: OpenAI.Chat.Completions.ChatCompletionChunk.Choice.Delta.ToolCall[] = [];
    let finish: string | null | undefined;
    for await (const chunk of streamed) {
      deltas.push(...(chunk.choices[0]?.delta.tool_calls ?? []));
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(deltas).toMatchObject([{ index: 0, type: "function", function: { name: "write" } }]);
    expect(finish).toBe("tool_calls");

    const second = await openai.chat.completions.create({
      model: "sim/oracle",
      tools: [CHAT_TOOL],
      messages: [
        ...user(WRITE.prompt),
        { role: "assistant", content: null, tool_calls: first.choices[0]?.message.tool_calls },
        { role: "tool", tool_call_id: call?.id ?? "", content: "wrote 2 bytes" },
      ],
    });
    expect(second.choices[0]?.message.content).toBe(WRITE.answer);
    expect(second.choices[0]?.finish_reason).toBe("stop");
  });

  it("max_tokens truncates with finish_reason length; response_format json_schema gives fitting JSON", async () => {
    const { openai } = await start();
    const short = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: user(ADD.prompt),
      max_tokens: 4,
    });
    expect(short.choices[0]?.finish_reason).toBe("length");
    expect(short.usage?.completion_tokens).toBe(4);
    const structured = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: user(ADD.prompt),
      response_format: {
        type: "json_schema",
        json_schema: { name: "code", schema: { type: "object", properties: { code: { type: "string" } } } },
      },
    });
    expect(JSON.parse(structured.choices[0]?.message.content ?? "")).toEqual({ code: ADD.answer });
  });

  it("answers an unknown model with 404 and a model without tools with 400, in OpenAI's error shape", async () => {
    const { openai } = await start();
    await expect(
      openai.chat.completions.create({ model: "gpt-4o", messages: user("hi") }),
    ).rejects.toMatchObject({
      status: 404,
      error: { message: 'model "gpt-4o" not found, try pulling it first', type: "not_found_error" },
    });
    await expect(
      openai.chat.completions.create({ model: "sim/no-tools", messages: user("hi"), tools: [CHAT_TOOL] }),
    ).rejects.toMatchObject({
      status: 400,
      error: {
        message: "registry.ollama.ai/sim/no-tools:latest does not support tools",
        type: "invalid_request_error",
      },
    });
  });
});

describe("/v1/responses", () => {
  it("answers without streaming with output text and usage", async () => {
    const { openai } = await start();
    const response = await openai.responses.create({
      model: "sim/oracle",
      input: ADD.prompt,
      instructions: "Be terse.",
    });
    expect(response.status).toBe("completed");
    expect(response.output_text).toBe(ADD.answer);
    expect(response.instructions).toBe("Be terse.");
    expect(response.usage?.output_tokens).toBe(countTokens(ADD.answer));
  });

  it("streams the event sequence of a text answer with increasing sequence numbers", async () => {
    const { openai } = await start();
    const stream = await openai.responses.create({
      model: "sim/oracle",
      input: user(ADD.prompt),
      stream: true,
    });
    const types: string[] = [];
    const sequence: number[] = [];
    let text = "";
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) {
      types.push(event.type);
      sequence.push(event.sequence_number);
      if (event.type === "response.output_text.delta") text += event.delta;
      if (event.type === "response.completed") completed = event.response;
    }
    const distinct = types.filter((type, index) => type !== types[index - 1]);
    expect(distinct).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.delta",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(sequence).toEqual(sequence.map((_, index) => index));
    expect(text).toBe(ADD.answer);
    expect(completed?.output_text ?? completed?.output).toBeTruthy();
    expect(completed?.usage?.output_tokens).toBe(countTokens(ADD.answer));
  });

  it("streams reasoning as a reasoning item before the message", async () => {
    const { openai } = await start();
    const stream = await openai.responses.create({ model: "sim/thinker", input: ADD.prompt, stream: true });
    let reasoning = "";
    const added: string[] = [];
    for await (const event of stream) {
      if (event.type === "response.reasoning_summary_text.delta") reasoning += event.delta;
      if (event.type === "response.output_item.added") added.push(event.item.type);
    }
    expect(added).toEqual(["reasoning", "message"]);
    expect(countTokens(reasoning)).toBeGreaterThan(100);
  });

  it("holds a function call round trip, streamed", async () => {
    const { openai } = await start();
    const stream = await openai.responses.create({
      model: "sim/oracle",
      input: user(WRITE.prompt),
      tools: [RESPONSES_TOOL],
      stream: true,
    });
    const types: string[] = [];
    let call: OpenAI.Responses.ResponseFunctionToolCall | undefined;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "response.output_item.done" && event.item.type === "function_call")
        call = event.item;
    }
    expect(types).toContain("response.function_call_arguments.delta");
    expect(types).toContain("response.function_call_arguments.done");
    expect(types.at(-1)).toBe("response.completed");
    expect(call).toMatchObject({ type: "function_call", name: "write", status: "completed" });
    expect(JSON.parse(call?.arguments ?? "")).toEqual(WRITE.toolCall?.arguments);

    const second = await openai.responses.create({
      model: "sim/oracle",
      tools: [RESPONSES_TOOL],
      input: [
        { role: "user", content: WRITE.prompt },
        {
          type: "function_call",
          call_id: call?.call_id ?? "",
          name: "write",
          arguments: call?.arguments ?? "",
        },
        { type: "function_call_output", call_id: call?.call_id ?? "", output: "wrote 2 bytes" },
      ],
    });
    expect(second.output_text).toBe(WRITE.answer);
  });

  it("max_output_tokens ends the response as incomplete", async () => {
    const { openai } = await start();
    const response = await openai.responses.create({
      model: "sim/oracle",
      input: ADD.prompt,
      max_output_tokens: 3,
    });
    expect(response.status).toBe("incomplete");
    expect(response.incomplete_details).toEqual({ reason: "max_output_tokens" });
    expect(response.usage?.output_tokens).toBe(3);
  });
});
