// The registration form's steps and the answers the browser and the server give alike, without the checks
// themselves (schema.ts): /daftar loads this with its first script and the checks — zod, the NIK, phone and region
// rules — only once the worker starts filling in the form (issue 17.7: a cheap phone's first load).

/** Field names per step, in the order the form shows them; schema.ts holds each step's rules under these names. */
export const REGISTRATION_STEPS = [
  ["nik", "name", "birthPlace", "birthDate", "gender", "phone", "email"],
  ["regencyCode", "districtCode", "address", "occupation"],
  ["income", "jht", "months"],
  ["consent", "password", "passwordConfirm"],
] as const;

export type StepField<S extends number> = (typeof REGISTRATION_STEPS)[S][number];

/** The answer for a NIK that is a participant's already: the first step's check and the final submit say the same. */
export const NIK_REGISTERED = "errors.nik.registered";

export function registrationPrograms(form: { jht?: boolean }) {
  return form.jht ? (["JKK", "JKM", "JHT"] as const) : (["JKK", "JKM"] as const);
}
