// Passwords people cannot be talked out of (issue 15): "password" was accepted.
// Refused: very common or guessable ones (zxcvbn-ts with its common, Indonesian
// and English dictionaries: a score under PASSWORD_MIN_SCORE), and ones that
// contain the person's own NIK, phone number, birth date or name. Server-side
// only: the dictionaries are megabytes, not for a phone's registration page.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as id from "@zxcvbn-ts/language-id";
import { FieldConflict } from "../failures";

/** zxcvbn's 0–4 scale; 2 = "somewhat guessable" is the least we take. Ours: the issue asks to refuse "very common". */
export const PASSWORD_MIN_SCORE = 2;

let factory: ZxcvbnFactory | undefined;
const checker = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...id.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  }));

/** The person's own facts, as a password might hold them: the NIK, the phone without its prefix, the birth date, the name's parts. */
function personalParts(personal: readonly (string | null | undefined)[]): string[] {
  const parts = personal.flatMap((value) => {
    if (!value) return [];
    const digits = value.replace(/\D/g, "");
    return [value, digits, digits.replace(/^(62|0)/, ""), ...value.split(/[\s.,'-]+/)];
  });
  return [...new Set(parts.map((part) => part.toLowerCase()).filter((part) => part.length >= 4))];
}

/** Why `password` is refused ("personal" or "common"), or null when it may be used. */
export function passwordWeakness(password: string, personal: readonly (string | null | undefined)[]): "personal" | "common" | null {
  const parts = personalParts(personal);
  const lower = password.toLowerCase();
  if (parts.some((part) => lower.includes(part))) return "personal";
  return checker().check(password, parts).score < PASSWORD_MIN_SCORE ? "common" : null;
}

/** The personal facts of a participant a password must not contain, as `passwordWeakness` takes them. */
export const PERSONAL_COLUMNS = { nik: true, name: true, phone: true, email: true, birthDate: true } as const;

type Personal = { nik: string; name: string; phone: string | null; email?: string | null; birthDate: Date | string };

/** Throws the form's field error when `password` is too weak for this person (the code and the rest are kept). */
export function refuseWeakPassword(password: string, person: Personal, field = "password") {
  const birthDate = typeof person.birthDate === "string" ? person.birthDate : person.birthDate.toISOString().slice(0, 10);
  const weakness = passwordWeakness(password, [person.nik, person.name, person.phone, person.email?.split("@")[0], birthDate]);
  if (weakness) throw new FieldConflict(field, `errors.password.${weakness}`);
}
