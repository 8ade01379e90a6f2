"use server";
import { serverAction } from "../actions/server";
import { continueAsBpu } from "./continue-bpu";
import { deathReport } from "./death";
import { employmentEnd } from "./end";
import { wageChange } from "./wage";

export const endEmploymentAction = serverAction(employmentEnd);
export const changeWageAction = serverAction(wageChange);
export const continueAsBpuAction = serverAction(continueAsBpu);
export const reportDeathAction = serverAction(deathReport);
