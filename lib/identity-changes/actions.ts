"use server";
import { serverAction } from "../actions/server";
import { identityDecision } from "./decide";
import { identityChangeRequest } from "./request";

export const requestIdentityChangeAction = serverAction(identityChangeRequest);
export const decideIdentityChangeAction = serverAction(identityDecision);
