"use server";
import { serverAction } from "../actions/server";
import { registeredNikCheck } from "./nik-check";
import { bpuSelfRegistration } from "./register";

export const registerAction = serverAction(bpuSelfRegistration);
export const checkNikAction = serverAction(registeredNikCheck);
