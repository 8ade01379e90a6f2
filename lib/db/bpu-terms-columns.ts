// The participant columns a BPU worker's terms are read from (lib/domain/bpu-terms.ts: TermsRow), one select for
// every place that prices their own contribution: the billing run, /akun, the notices, sponsorships.
export const BPU_TERMS_COLUMNS = {
  createdAt: true,
  declaredIncome: true,
  incomeTier: true,
  paymentPeriodMonths: true,
  programs: true,
  occupation: true,
  bpuTerms: { select: { fromPeriod: true, declaredIncome: true, paymentPeriodMonths: true }, orderBy: { fromPeriod: "asc" } },
} as const;
