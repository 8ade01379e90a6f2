/** The BPU quote for Rp 1,000,000, JKK + JKM, one month without relief (Rp 16,800), as the domain and the API give it. */
export function lowestBpuQuote(period: string) {
  const lines = [
    { program: "JKK", amount: 10_000, relief: 0 },
    { program: "JKM", amount: 6_800, relief: 0 },
  ];
  return {
    category: "BPU",
    period,
    sector: "OTHER",
    income: 1_000_000,
    incomeRange: { from: 1, to: 1_099_999, base: 1_000_000 },
    months: 1,
    lines,
    perMonth: [{ period, base: 1_000_000, reliefId: null, lines, total: 16_800 }],
    schedule: [{ from: period, to: period, monthlyTotal: 16_800 }],
    reliefs: [],
    monthlyTotal: 16_800,
    total: 16_800,
  };
}
