"use server";
import { serverAction } from "../actions/server";
import { missingPaymentsCredit } from "./apply";
import { settlementUpload } from "./settlement";

export const uploadSettlementAction = serverAction(settlementUpload);
export const applyMissingAction = serverAction(missingPaymentsCredit);
