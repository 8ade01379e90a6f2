import { z } from "zod";
import { parseRupiahInput } from "../domain/money";
import { text } from "../validation/person";

export const REFERRAL_STATUSES = ["NEW", "CONTACTED", "APPROVED", "DECLINED"] as const;

export const referralSchema = z.object({
  companyId: z.uuid("errors.required"),
  product: z.enum(["CAPITAL", "KUR"], "errors.required"),
  amount: z.preprocess(
    (value) => (typeof value === "string" ? parseRupiahInput(value) : value),
    z.number("errors.capital.number").int("errors.capital.number").min(1, "errors.capital.number").max(1e13, "errors.capital.number"),
  ),
  purpose: text(300),
});

export const referralStatusSchema = z.object({
  referralId: z.uuid(),
  status: z.enum(REFERRAL_STATUSES),
});
