"use server";
import { serverAction } from "../actions/server";
import { passwordReset, recoveryRequest } from "./recovery";

export const requestRecoveryCodeAction = serverAction(recoveryRequest);
export const resetPasswordAction = serverAction(passwordReset);
