"use server";
import { serverAction } from "../actions/server";
import { createProgramme, createSponsor } from "./programmes";

export const createSponsorAction = serverAction(createSponsor);
export const createProgrammeAction = serverAction(createProgramme);
