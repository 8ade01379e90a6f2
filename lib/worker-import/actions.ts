"use server";
import { serverAction } from "../actions/server";
import { importSave } from "./batch";

export const saveImportAction = serverAction(importSave);
