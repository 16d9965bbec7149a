// @ts-check
// Child side of the report channel (the protocol is described in src/report-channel.ts): reads the
// process's line tokens from the start of stdin into a byte array only this module holds, wipes every
// buffer they passed through, and writes each report as `<token> <json>\n`, whole, before any other
// code can run, wiping each token once used. Everything it calls is captured when this module loads,
// before any untrusted code exists.
"use strict";

const fs = require("node:fs");

const TOKEN_BYTES = 16;
const TOKEN_COUNT = 4096;
const SECRET_BYTES = TOKEN_BYTES * TOKEN_COUNT;
const HEX = "0123456789abcdef";

const writeSync = fs.writeSync;
const readSync = fs.readSync;
const stringify = JSON.stringify;
const bufferFrom = Buffer.from;
const bufferConcat = Buffer.concat;
const apply = Reflect.apply;
const fill = Uint8Array.prototype.fill;
const copyInto = Uint8Array.prototype.set;
const subarray = Uint8Array.prototype.subarray;
const toUtf8 = Buffer.prototype.toString;

/**
 * Reads all of stdin (blocking: the process waits here while it is warm) and splits off the tokens.
 * @returns {{ tokens: Uint8Array; job: string } | undefined} undefined when stdin was empty
 */
function readTokensAndJob() {
  /** @type {Buffer[]} */
  const chunks = [];
  const buffer = Buffer.allocUnsafeSlow(65536);
  for (;;) {
    let count;
    try {
      count = readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === "EAGAIN") continue;
      if (code === "EOF") break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(apply(bufferFrom, Buffer, [buffer.subarray(0, count)]));
  }
  const input = apply(bufferConcat, Buffer, [chunks]);
  try {
    if (input.length === 0) return undefined;
    if (input.length < SECRET_BYTES) throw new Error("the job arrived without its report tokens");
    const tokens = new Uint8Array(SECRET_BYTES);
    apply(copyInto, tokens, [apply(subarray, input, [0, SECRET_BYTES])]);
    return { tokens, job: apply(toUtf8, input, ["utf8", SECRET_BYTES]) };
  } finally {
    apply(fill, buffer, [0]);
    apply(fill, input, [0]);
    for (const chunk of chunks) apply(fill, chunk, [0]);
  }
}

/**
 * A writer of authenticated report lines on `fd`.
 * @param {number} fd
 * @param {Uint8Array} tokens
 * @returns {(message: Record<string, unknown>) => void}
 */
function createReportWriter(fd, tokens) {
  let seq = 0;
  return (message) => {
    if (seq >= TOKEN_COUNT) throw new Error(`the runner ran out of report tokens after ${TOKEN_COUNT} lines`);
    let token = "";
    const start = seq * TOKEN_BYTES;
    for (let index = start; index < start + TOKEN_BYTES; index++) {
      const byte = /** @type {number} */ (tokens[index]);
      token += /** @type {string} */ (HEX[byte >> 4]) + /** @type {string} */ (HEX[byte & 15]);
      tokens[index] = 0;
    }
    seq++;
    const line = apply(bufferFrom, Buffer, [`${token} ${stringify(message)}\n`, "utf8"]);
    let offset = 0;
    while (offset < line.length) {
      try {
        offset += writeSync(fd, line, offset, line.length - offset);
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EAGAIN") throw error;
      }
    }
  };
}

module.exports = { readTokensAndJob, createReportWriter };
