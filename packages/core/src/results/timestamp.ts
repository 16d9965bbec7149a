// The time stamps of persisted documents (run.json, items.jsonl): ISO 8601 date-times that a reader can
// order and subtract, never free words such as "yesterday".
import { z } from "zod";

/** `YYYY-MM-DDTHH:MM` then optional seconds, fraction and `Z` or an offset. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 date-time such as `2026-01-31T12:00:00.000Z` (what `Date#toISOString` writes). */
export const TimestampSchema = z
  .string()
  .regex(ISO_DATE_TIME, {
    message: "is not an ISO 8601 date-time such as 2026-01-31T12:00:00.000Z",
    abort: true,
  })
  .refine(
    (value) => Number.isFinite(Date.parse(value)),
    "is not a real date and time (check the day and hour)",
  )
  .describe("ISO 8601 date-time, e.g. 2026-01-31T12:00:00.000Z.");
