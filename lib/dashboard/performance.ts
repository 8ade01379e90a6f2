// BJB officer performance (issue 17.6): the figures per officer and per branch, in the order the dashboard's table and
// the summary file show them. A new figure is one entry here (and its message under staff.dashboard).

export type Performance = {
  participants: number;
  newThisMonth: number;
  clients: number;
  paying: number;
  arrears: bigint;
  campaignRegistrations: number;
  campaignFirstPaid: number;
};

/** Each figure and the staff.dashboard message that names its column. */
export const PERFORMANCE_COLUMNS = [
  { key: "participants", label: "total" },
  { key: "newThisMonth", label: "newThisMonth" },
  { key: "clients", label: "clients" },
  { key: "paying", label: "firstPayments" },
  { key: "arrears", label: "clientArrears" },
  { key: "campaignRegistrations", label: "campaignRegistrations" },
  { key: "campaignFirstPaid", label: "campaignFirstPaid" },
] as const satisfies readonly { key: keyof Performance; label: string }[];

export const NO_PERFORMANCE: Performance = {
  participants: 0,
  newThisMonth: 0,
  clients: 0,
  paying: 0,
  arrears: 0n,
  campaignRegistrations: 0,
  campaignFirstPaid: 0,
};

/** Two rows added up (a branch's officers). */
export function addPerformance(a: Performance, b: Performance): Performance {
  const sum = { ...a };
  for (const { key } of PERFORMANCE_COLUMNS) {
    if (key === "arrears") sum.arrears += b.arrears;
    else sum[key] += b[key];
  }
  return sum;
}

/** A row's figures as plain numbers, in column order (the summary file). */
export const performanceValues = (p: Performance): number[] =>
  PERFORMANCE_COLUMNS.map(({ key }) => (key === "arrears" ? Number(p.arrears) : p[key]));
