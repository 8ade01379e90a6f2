"use server";
import { serverAction } from "../actions/server";
import { applyManualCredit, proposeManualCredits } from "./manual-credits";
import { settlementUpload } from "./settlement";

export const uploadSettlementAction = serverAction(settlementUpload);
export const proposeCreditsAction = serverAction(proposeManualCredits);
export const applyCreditAction = serverAction(applyManualCredit);
