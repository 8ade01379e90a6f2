import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { HOME_BY_ROLE } from "@/lib/auth/roles";

/** After sign-in: each role's home. */
export default async function AfterSignIn() {
  const user = await currentUser();
  redirect(user ? HOME_BY_ROLE[user.role] : "/masuk");
}
