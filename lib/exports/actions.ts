"use server";
import { serverAction } from "../actions/server";
import { participantExportRequest } from "./participant-export";

export const requestExportAction = serverAction(participantExportRequest);
