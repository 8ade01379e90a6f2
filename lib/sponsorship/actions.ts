"use server";
import { serverAction } from "../actions/server";
import { beneficiariesSave } from "./beneficiary-save";
import { createProgramme, createSponsor } from "./programmes";

export const createSponsorAction = serverAction(createSponsor);
export const createProgrammeAction = serverAction(createProgramme);
export const saveBeneficiariesAction = serverAction(beneficiariesSave);
