// A participant's statuses, as the dashboards' filters and lists name them.
import type { ParticipantStatus } from "../db/generated/enums";

export const PARTICIPANT_STATUSES = [
  "PENDING",
  "ACTIVE",
  "INACTIVE",
  "REJECTED",
  "DECEASED",
] as const satisfies readonly ParticipantStatus[];
