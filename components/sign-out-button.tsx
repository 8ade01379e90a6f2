"use client";

/** next-auth's browser client is fetched on the tap, not with every page (issue 17.7). */
async function signOut() {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/" });
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOut()} className="font-medium text-slate-700 underline">
      {label}
    </button>
  );
}
