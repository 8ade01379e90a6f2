import type { RegistrationInput } from "../../lib/bpu-registration/schema";

// Kota Serang's districts: with 9,999 serials each, 59,994 NIKs per birth date before one repeats.
const SERANG_DISTRICTS = ["367301", "367302", "367303", "367304", "367305", "367306"];
let counter = Math.floor(Math.random() * 5000);

/** A valid NIK in Kota Serang with the given birth date and gender, not handed out before in this process. */
export function makeNik(birthDate = "1990-07-05", gender: "M" | "F" = "F") {
  const [year, month, day] = birthDate.split("-");
  const dd = String(Number(day) + (gender === "F" ? 40 : 0)).padStart(2, "0");
  counter += 1;
  const district = SERANG_DISTRICTS[Math.floor(counter / 9999) % SERANG_DISTRICTS.length];
  return `${district}${dd}${month}${year.slice(2)}${String((counter % 9999) + 1).padStart(4, "0")}`;
}

let phoneCounter = Math.floor(Math.random() * 900_000);

export function makePhone() {
  phoneCounter = (phoneCounter + 1) % 10_000_000;
  return `0812${String(phoneCounter).padStart(8, "0")}`;
}

/** A complete, valid registration form as the browser posts it. */
export function registrationForm(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  const birthDate = overrides.birthDate ?? "1990-07-05";
  const gender = overrides.gender ?? "F";
  return {
    nik: makeNik(birthDate, gender),
    name: "Siti Aminah",
    birthPlace: "Serang",
    birthDate,
    gender,
    phone: makePhone(),
    email: "",
    regencyCode: "3673",
    districtCode: "367301",
    address: "Jl. Maulana Hasanudin No. 1",
    occupation: "TRADER",
    income: "1000000",
    jht: "false",
    months: "1",
    consent: "on",
    password: "rahasia-sekali",
    passwordConfirm: "rahasia-sekali",
    ...overrides,
  } as RegistrationInput;
}

/** Form fields as a browser (or a crafted request) posts them: text; a value that is not, as JSON text. */
export function toFormData(values: Record<string, unknown>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    data.set(key, value !== null && typeof value === "object" ? (JSON.stringify(value) ?? "") : String(value));
  }
  return data;
}

/** The i-th of many distinct client addresses (10.x.y.z): each request its own, so per-IP limits stay out of the way. */
export const requesterAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
