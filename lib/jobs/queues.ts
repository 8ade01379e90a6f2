// The job queues on PostgreSQL (pg-boss, docs/decisions/0015-job-queue.md):
// their names, retry and dead-letter settings, and the schedules, in one place.
import { JAKARTA_TZ } from "../domain/time";
import { MAX_ATTEMPTS } from "../messages/deliver";

export const QUEUES = {
  /** One queued Message (job id = message id, so handing it over twice is a no-op). */
  deliverMessage: "message.deliver",
  deadMessages: "message.dead",
  /** The nightly billing run: the month's bills, held credit applied, overdue marks and fines, coverage; then the reach figures. */
  billing: "billing.nightly",
  deadBilling: "billing.dead",
  /** New bills, reminders 3 days before the due date, arrears warnings (lib/messages/notices.ts). */
  notices: "notices.daily",
  deadNotices: "notices.dead",
  /** One large export (job id = export id), lib/exports/participant-export.ts. */
  buildExport: "export.build",
  deadExports: "export.dead",
} as const;

export type QueueOptions = { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number; deadLetter?: string };

/** In creation order: a dead-letter queue before the queue that names it (a foreign key). */
export const QUEUE_OPTIONS: Record<string, QueueOptions> = {
  [QUEUES.deadMessages]: { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 60 },
  [QUEUES.deadBilling]: { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 60 },
  [QUEUES.deadNotices]: { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 60 },
  [QUEUES.deadExports]: { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 60 },
  // 5 attempts in all (lib/messages/deliver.ts counts them), 30 s then doubling. A worker that dies holding a
  // job loses it to another worker once it expires: longer than a send may take (the SMTP timeout is 20 s).
  [QUEUES.deliverMessage]: {
    retryLimit: MAX_ATTEMPTS - 1,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 90,
    deadLetter: QUEUES.deadMessages,
  },
  // The billing run is safe to run again (bills have natural keys): retried twice, 10 minutes then 20.
  [QUEUES.billing]: { retryLimit: 2, retryDelay: 600, retryBackoff: true, expireInSeconds: 3 * 3600, deadLetter: QUEUES.deadBilling },
  // Safe to run again too (each notice's identity is its bill): retried like the billing run.
  [QUEUES.notices]: { retryLimit: 2, retryDelay: 600, retryBackoff: true, expireInSeconds: 3600, deadLetter: QUEUES.deadNotices },
  // An export of all Banten (12M rows) takes minutes: an hour before another worker takes it over; retried twice.
  [QUEUES.buildExport]: { retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 3600, deadLetter: QUEUES.deadExports },
};

/** Billing at 01:00 WIB every night (issue 13); the notices at 08:00, after it and outside quiet hours. */
export const SCHEDULES = [
  { queue: QUEUES.billing, cron: "0 1 * * *", tz: JAKARTA_TZ },
  { queue: QUEUES.notices, cron: "0 8 * * *", tz: JAKARTA_TZ },
] as const;
