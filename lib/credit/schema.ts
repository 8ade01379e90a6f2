import { z } from "zod";
import { rupiahField } from "../validation/rupiah";
import { text } from "../validation/person";

export const REFERRAL_STATUSES = ["NEW", "CONTACTED", "APPROVED", "DECLINED"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const referralSchema = z.object({
  companyId: z.uuid("errors.required"),
  product: z.enum(["CAPITAL", "KUR"], "errors.required"),
  amount: rupiahField({ number: "errors.amount.number" }, { min: 1, max: 1e13 }),
  purpose: text(300),
});

export const referralStatusSchema = z.object({
  referralId: z.uuid("errors.invalid"),
  status: z.enum(REFERRAL_STATUSES, "errors.invalid"),
});
