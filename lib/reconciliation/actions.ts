"use server";
import { serverAction } from "../actions/server";
import { applyManualCredit, proposeManualCredits } from "./manual-credits";
import { applyRefund, cancelRefund, proposeRefund } from "./refunds";
import { settlementUpload } from "./settlement";

export const uploadSettlementAction = serverAction(settlementUpload);
export const proposeCreditsAction = serverAction(proposeManualCredits);
export const applyCreditAction = serverAction(applyManualCredit);
export const proposeRefundAction = serverAction(proposeRefund);
export const applyRefundAction = serverAction(applyRefund);
export const cancelRefundAction = serverAction(cancelRefund);
