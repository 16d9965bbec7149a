// Writes text to a stream and waits when the stream asks to (backpressure), so large exports never
// hold more than a chunk in memory.
import { once } from "node:events";
import type { Writable } from "node:stream";

/** Writes `text`, resolving once the stream can take more. */
export async function writeChunk(output: Writable, text: string): Promise<void> {
  if (!output.write(text)) await once(output, "drain");
}
