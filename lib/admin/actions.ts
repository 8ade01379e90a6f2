"use server";
import { serverAction } from "../actions/server";
import { createAccount, resetAccountPassword, resetAccountSecondFactor, setAccountActive, unlockAccount } from "./accounts";
import { createKey, revokeKey, rotateKey } from "./api-keys";
import { createBranch } from "./branches";

export const createAccountAction = serverAction(createAccount);
export const setAccountActiveAction = serverAction(setAccountActive);
export const unlockAccountAction = serverAction(unlockAccount);
export const resetAccountPasswordAction = serverAction(resetAccountPassword);
export const resetAccountSecondFactorAction = serverAction(resetAccountSecondFactor);
export const createBranchAction = serverAction(createBranch);
export const createApiKeyAction = serverAction(createKey);
export const revokeApiKeyAction = serverAction(revokeKey);
export const rotateApiKeyAction = serverAction(rotateKey);
