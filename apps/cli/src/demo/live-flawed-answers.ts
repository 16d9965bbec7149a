// What sim/sloppy answers to the shipped live pack: for every line, a near miss a real model might give
// (a forgotten flag, the wrong status, a skipped gate), each failing at least one weighted check.

/** Flawed answers by live pack line id (the test id without `live/`). */
export const LIVE_FLAWED_ANSWERS: Readonly<Record<string, string>> = {
  // Forgets -type f, so directories named *.log match too.
  "shell-find-large-logs": "find /var/log -name '*.log' -size +100M",
  // Confuses rate limiting with an overloaded server.
  "http-status-rate-limit": "503",
  // Abbreviates the unit instead of using the allowed value.
  "json-tool-call": '{"tool":"get_forecast","arguments":{"city":"Oslo","day":"tomorrow","unit":"C"}}',
  // --mixed keeps the changes but unstages them.
  "git-undo-last-commit": "git reset --mixed HEAD~1",
  // SIGKILL is only sent with -9.
  "default-kill-signal": "SIGKILL",
  // Leaves the hyphens at both ends: "  Hello, World!  " becomes "-hello-world-".
  "ts-slugify": [
    "```typescript",
    "export function slugify(title: string): string {",
    '  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-");',
    "}",
    "```",
  ].join("\n"),
  // Accepts month 13 and day 45.
  "regex-iso-date": String.raw`/^\d{4}-\d{2}-\d{2}$/`,
  // Sums every order ever made, not only those of 2024.
  "sql-top-customers": [
    "```sql",
    "SELECT c.name, SUM(o.total_cents) AS total_spend_cents",
    "FROM customers c",
    "JOIN orders o ON o.customer_id = c.id",
    "GROUP BY c.id, c.name",
    "ORDER BY total_spend_cents DESC",
    "LIMIT 5;",
    "```",
  ].join("\n"),
  // Misses the new check of the response status.
  "explain-diff-bullets": [
    "- The timeout now comes from the FETCH_TIMEOUT_MS environment variable, with 5000 ms as the default.",
    "- The request is aborted once the timeout passes, so a hung server no longer blocks the caller.",
    "- The code is a little longer but easier to configure in production.",
  ].join("\n"),
  // Returns 0 for input it cannot read instead of raising ValueError.
  "python-parse-duration": [
    "```python",
    "import re",
    "",
    "",
    "def parse_duration(text: str) -> int:",
    '    match = re.fullmatch(r"(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?", text)',
    "    if match is None:",
    "        return 0",
    "    hours, minutes, seconds = (int(part) if part else 0 for part in match.groups())",
    "    return hours * 3600 + minutes * 60 + seconds",
    "```",
  ].join("\n"),
  // Two reasons where three were asked for, and no way to meet the 5 second bound.
  "cache-tradeoffs": JSON.stringify(
    {
      recommendation: "in-process",
      reasons: [
        "An in-process LRU answers from memory with no network hop at all.",
        "There is no extra service to run, secure and pay for.",
      ],
      risks: [
        "Each of the 12 instances holds its own copy, so prices can differ between instances.",
        "A restarted instance starts with a cold cache and hits the database hard.",
      ],
      invalidation: "Each entry expires after ten minutes, after which the next read loads the new price.",
    },
    null,
    2,
  ),
  // Renames in place: old instances break mid-deploy, nothing writes both columns.
  "zero-downtime-rename": [
    "1. Announce a short maintenance window to the team and check the backups of the users table.",
    "2. Run `ALTER TABLE users ADD COLUMN email text;` and backfill it with one `UPDATE users SET email = email_address;`.",
    "3. Deploy the new application code that reads and writes only the email column, one instance at a time.",
    "4. Check the application logs and the error rate for a few minutes after each instance restarts.",
    "5. Run `ALTER TABLE users DROP COLUMN email_address;` once all 3 instances run the new code.",
    "6. Update the documentation and the analytics queries that still mention the old column name.",
  ].join("\n"),
  // Three risks where four were asked for, and a go despite the untested 16 GB laptops.
  "release-risk-register": JSON.stringify(
    {
      risks: [
        {
          risk: "The 14B model may run slowly on the 16 GB laptops.",
          likelihood: "medium",
          impact: "medium",
          mitigation: "Tell developers to close other applications while coding.",
        },
        {
          risk: "Answers may differ in style from what developers are used to.",
          likelihood: "high",
          impact: "low",
          mitigation: "Share a short note about the new model in the team channel.",
        },
        {
          risk: "Downloading the larger model takes time on slow networks.",
          likelihood: "medium",
          impact: "low",
          mitigation: "Pull the model in the morning before the switch.",
        },
      ],
      go_no_go: "go",
      rationale: "The new model scored higher on the benchmark suite, so it should help everyone.",
    },
    null,
    2,
  ),
  // Retries blindly: no idempotency key and no look-up of a charge that timed out.
  "retry-design-sections": [
    "## Retry policy",
    "",
    "Retry every failed call with exponential backoff and jitter: base 2 s, factor 2, at most 5 attempts. Retry on timeouts, connection errors, HTTP 429 and 5xx responses, and never on 4xx validation errors.",
    "",
    "## Idempotency",
    "",
    "Payment calls are simply sent again on the next attempt. The worker marks the job as done only after a successful response, so every job is eventually charged once the provider answers.",
    "",
    "## Dead letters",
    "",
    "After the fifth failed attempt the job moves to a dead-letter queue with its payload and the last error, and the on-call engineer replays it by hand once the provider is healthy again.",
    "",
    "## Observability",
    "",
    "Count attempts and failures per job, record the provider latency, and alert when the dead-letter queue holds more than 10 jobs or the failure rate passes 5% over ten minutes.",
  ].join("\n"),
  // Promotes the most able model and ignores the latency gate it fails.
  "promote-low-latency-model": JSON.stringify(
    {
      promote: "qwen2.5-coder:7b",
      rejected: [
        { model: "xlam:latest", reason: "ability 0.71 is lower than qwen2.5-coder:7b's 0.78." },
        { model: "llama3.1:8b", reason: "ability 0.62 is below the 0.65 floor." },
      ],
      evidence: ["qwen2.5-coder:7b has the highest ability, 0.78, with p95 17.5 s."],
    },
    null,
    2,
  ),
};
