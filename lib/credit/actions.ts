"use server";
import { serverAction, serverFormAction } from "../actions/server";
import { referralRecording, referralStatusUpdate } from "./referrals";

export const recordReferralAction = serverAction(referralRecording);
export const updateReferralStatusAction = serverFormAction(referralStatusUpdate);
