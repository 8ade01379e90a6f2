"use server";
import { serverAction } from "../actions/server";
import { projectRegistration } from "./register";

export const registerProjectAction = serverAction(projectRegistration);
