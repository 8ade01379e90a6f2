"use server";
import { serverAction } from "../actions/server";
import { accountActivation, activationRequest } from "./activation";
import { branchRecovery } from "./branch-recovery";
import { contactChangeConfirm, contactChangeRequest } from "./contact-change";
import { passwordReset, recoveryRequest } from "./recovery";

export const requestRecoveryCodeAction = serverAction(recoveryRequest);
export const resetPasswordAction = serverAction(passwordReset);
export const requestActivationCodeAction = serverAction(activationRequest);
export const activateAccountAction = serverAction(accountActivation);
export const requestContactCodeAction = serverAction(contactChangeRequest);
export const confirmContactChangeAction = serverAction(contactChangeConfirm);
export const recoverAtBranchAction = serverAction(branchRecovery);
