"use server";
import { serverAction } from "../actions/server";
import { bpuTermsChange } from "./bpu-terms";
import { updatePreferences } from "./preferences";
import { profileUpdate } from "./profile";

export const updatePreferencesAction = serverAction(updatePreferences);
export const updateProfileAction = serverAction(profileUpdate);
export const changeBpuTermsAction = serverAction(bpuTermsChange);
