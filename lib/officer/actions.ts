"use server";
import { serverAction } from "../actions/server";
import { billingContactUpdate } from "./billing-contact";

export const updateBillingContactAction = serverAction(billingContactUpdate);
