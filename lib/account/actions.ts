"use server";
import { serverAction } from "../actions/server";
import { accountActivation, activationRequest } from "./activation";
import { branchRecovery } from "./branch-recovery";
import { contactChangeConfirm, contactChangeRequest } from "./contact-change";
import { passwordReset, recoveryRequest } from "./recovery";
import { requiredPasswordChange, twoFactorEnrol, twoFactorVerify } from "./two-factor";

export const requestRecoveryCodeAction = serverAction(recoveryRequest);
export const resetPasswordAction = serverAction(passwordReset);
export const requestActivationCodeAction = serverAction(activationRequest);
export const activateAccountAction = serverAction(accountActivation);
export const requestContactCodeAction = serverAction(contactChangeRequest);
export const confirmContactChangeAction = serverAction(contactChangeConfirm);
export const recoverAtBranchAction = serverAction(branchRecovery);
export const enrolTwoFactorAction = serverAction(twoFactorEnrol);
export const verifyTwoFactorAction = serverAction(twoFactorVerify);
export const requiredPasswordChangeAction = serverAction(requiredPasswordChange);
