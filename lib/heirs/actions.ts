"use server";
import { serverAction, serverFormAction } from "../actions/server";
import { heirAddition, heirRemoval } from "./heirs";

export const addHeirAction = serverAction(heirAddition);
export const removeHeirAction = serverFormAction(heirRemoval);
