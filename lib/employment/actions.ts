"use server";
import { serverAction } from "../actions/server";
import { employmentEnd } from "./end";

export const endEmploymentAction = serverAction(employmentEnd);
