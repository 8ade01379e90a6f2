import pino from "pino";

// JSON lines to stdout: the platform collects them. NIKs and passwords never
// go into a log line; redact catches the field names if someone slips.
export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "lindung" },
  redact: { paths: ["*.password", "*.passwordConfirm", "*.nik", "*.passwordHash"], censor: "[redacted]" },
});
