"use server";
import { serverAction } from "../actions/server";
import { workersAdd } from "../pu-enrollment/add-workers";
import { managerUpdate } from "./manager";

export const addWorkersAction = serverAction(workersAdd);
export const updateManagerAction = serverAction(managerUpdate);
