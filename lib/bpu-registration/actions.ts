"use server";
import { serverAction } from "../actions/server";
import { bpuSelfRegistration } from "./register";

export const registerAction = serverAction(bpuSelfRegistration);
