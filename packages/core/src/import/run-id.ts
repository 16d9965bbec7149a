// Run ids: UTC `YYYYMMDDTHHMMSSZ-<6 hex>`, sortable by time, for runs made outside the kernel (import,
// rescore).
import { randomBytes } from "node:crypto";

const RUN_ID_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{6}$/;

/** Builds a run id from a time and a 6-hex suffix (random when not given). */
export function toRunId(time: Date, suffix: string = randomBytes(3).toString("hex")): string {
  const iso = time.toISOString(); // 2026-01-25T20:18:51.550Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return `${stamp}-${suffix}`;
}

/** True for a string in benchloop's run id format. */
export function isRunId(value: string): boolean {
  return RUN_ID_PATTERN.test(value);
}
