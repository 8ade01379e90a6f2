"use server";
import { serverAction } from "../actions/server";
import { sandboxPayment } from "./sandbox";

export const sendSandboxPayment = serverAction(sandboxPayment);
