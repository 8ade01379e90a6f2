"use server";
import { serverAction } from "../actions/server";
import { referralRecording, referralStatusUpdate } from "./referrals";

export const recordReferralAction = serverAction(referralRecording);
export const updateReferralStatusAction = serverAction(referralStatusUpdate);
