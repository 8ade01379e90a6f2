// Billing runs: docs/domain.md, "Billing runs".
export { generateBills } from "./generate";
export { markOverdue } from "./overdue";
export { applyCoverage } from "./coverage";
export { billPastMonths, runBilling } from "./run";
export { bpuBillingKey } from "./bpu";
export { puBillingKey } from "./pu";
export { jakonBillingKey } from "./jakon";
export type { BillingRun, CategoryCounts } from "./counts";
