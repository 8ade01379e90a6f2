"use server";
import { serverAction } from "../actions/server";
import { reviewDecision } from "./decide";

export const decideReviewAction = serverAction(reviewDecision);
