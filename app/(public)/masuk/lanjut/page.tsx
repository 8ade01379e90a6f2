import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { HOME_BY_ROLE } from "@/lib/auth/home";

/** After sign-in: each role's home (nobody signed in: sign in first). */
export default async function AfterSignIn() {
  const { user } = await authorize("account.home");
  redirect(HOME_BY_ROLE[user.role]);
}
