"use server";
import { serverAction } from "../actions/server";
import { accountActivation, activationRequest } from "./activation";
import { passwordReset, recoveryRequest } from "./recovery";

export const requestRecoveryCodeAction = serverAction(recoveryRequest);
export const resetPasswordAction = serverAction(passwordReset);
export const requestActivationCodeAction = serverAction(activationRequest);
export const activateAccountAction = serverAction(accountActivation);
