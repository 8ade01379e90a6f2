// Billing runs: docs/domain.md, "Billing runs".
export { generateBills } from "./generate";
export { markOverdue } from "./overdue";
export { applyCoverage } from "./coverage";
export { billPastMonths, runBilling } from "./run";
export type { BillingRun, CategoryCounts } from "./counts";
