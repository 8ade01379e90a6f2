"use server";
import { serverFormAction } from "../actions/server";
import { localeSwitch } from "./locale-switch";

export const switchLocale = serverFormAction(localeSwitch);
