"use server";
import { serverAction } from "../actions/server";
import { umkmEnrollment } from "./enroll";

export const enrollUmkmAction = serverAction(umkmEnrollment);
