"use server";
import { serverAction } from "../actions/server";
import { updatePreferences } from "./preferences";

export const updatePreferencesAction = serverAction(updatePreferences);
