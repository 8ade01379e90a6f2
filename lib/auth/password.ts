import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP's minimum: m=19 MiB, t=2, p=1).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing in particular, verified when the account is unknown so timing does not tell. */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$i97PCI60x2kOB6DtMni8VA$HO/7Yu7Md9e9VmOAdGMCNVmBz5iwIxRUATGC+ax0JPQ";
