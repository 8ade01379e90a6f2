"use server";
import { serverAction } from "../actions/server";
import { campaignCreate } from "./campaigns";

export const createCampaignAction = serverAction(campaignCreate);
