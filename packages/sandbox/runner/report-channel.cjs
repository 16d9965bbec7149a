// @ts-check
// Child side of the report channel (the protocol is described in src/report-channel.ts): reads the
// per-process key from the start of stdin into a crypto key object, wipes every buffer it passed
// through, and writes each report as `<hmac> <json>\n`, whole, before any other code can run.
// Everything it calls is captured when this module loads, before any untrusted code exists.
"use strict";

const fs = require("node:fs");
const crypto = require("node:crypto");

const KEY_BYTES = 32;
const writeSync = fs.writeSync;
const readSync = fs.readSync;
const stringify = JSON.stringify;
const bufferFrom = Buffer.from;
const bufferConcat = Buffer.concat;
const createHmac = crypto.createHmac;
const createSecretKey = crypto.createSecretKey;
const apply = Reflect.apply;
const hmacPrototype = Object.getPrototypeOf(createHmac("sha256", "probe"));
const hmacUpdate = hmacPrototype.update;
const hmacDigest = hmacPrototype.digest;
const fill = Uint8Array.prototype.fill;
const toUtf8 = Buffer.prototype.toString;

/**
 * Reads all of stdin (blocking: the process waits here while it is warm) and splits off the key.
 * @returns {{ key: crypto.KeyObject; job: string } | undefined} undefined when stdin was empty
 */
function readKeyAndJob() {
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
    if (input.length < KEY_BYTES) throw new Error("the job arrived without its report key");
    const keyBytes = new Uint8Array(KEY_BYTES);
    for (let index = 0; index < KEY_BYTES; index++) keyBytes[index] = /** @type {number} */ (input[index]);
    const key = createSecretKey(keyBytes);
    apply(fill, keyBytes, [0]);
    return { key, job: apply(toUtf8, input, ["utf8", KEY_BYTES]) };
  } finally {
    apply(fill, buffer, [0]);
    apply(fill, input, [0]);
    for (const chunk of chunks) apply(fill, chunk, [0]);
  }
}

/**
 * A writer of authenticated report lines on `fd`.
 * @param {number} fd
 * @param {crypto.KeyObject} key
 * @returns {(message: Record<string, unknown>) => void}
 */
function createReportWriter(fd, key) {
  let seq = 0;
  return (message) => {
    const json = stringify(message);
    const hmac = createHmac("sha256", key);
    apply(hmacUpdate, hmac, [`${seq} ${json}`, "utf8"]);
    const mac = apply(hmacDigest, hmac, ["hex"]);
    seq++;
    const line = apply(bufferFrom, Buffer, [`${mac} ${json}\n`, "utf8"]);
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

module.exports = { readKeyAndJob, createReportWriter };
