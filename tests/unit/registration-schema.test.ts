import { describe, expect, it } from "vitest";
import { BPU_MIN_INCOME } from "../../lib/domain/contributions/bpu";
import { registrationSchema, validateStep } from "../../lib/bpu-registration/schema";
import { messageWithParams } from "../../lib/validation/field-errors";
import { inIndonesian } from "../support/messages";
import { registrationForm } from "../support/factories";

describe("registration schema", () => {
  it("accepts a complete form and normalises it (E.164 phone, rupiah with dots, JHT flag)", () => {
    const form = registrationForm({ phone: "0812-3456-7890", income: "Rp 1.550.000", jht: "true", months: "6" });
    const parsed = registrationSchema.parse(form);
    expect(parsed).toMatchObject({ phone: "+6281234567890", income: 1_550_000, jht: true, months: 6 });
  });

  it("says 'required' for empty fields on the first step, not a format error", () => {
    const errors = validateStep(0, { nik: "", name: "", birthPlace: "", birthDate: "", phone: "" });
    expect(errors).toMatchObject({
      nik: "errors.required",
      name: "errors.required",
      birthDate: "errors.required",
      gender: "errors.required",
      phone: "errors.required",
    });
  });

  it("checks the NIK against birth date and gender as soon as the first step is complete", () => {
    const form = registrationForm({ birthDate: "1990-07-05", gender: "F" });
    expect(validateStep(0, { ...form, gender: "M" })).toEqual({ gender: "errors.nik.genderMismatch" });
    expect(validateStep(0, { ...form, birthDate: "1990-07-06" })).toEqual({ birthDate: "errors.nik.birthDateMismatch" });
    expect(validateStep(0, form)).toEqual({});
  });

  it("does not report later steps' fields while the worker is on an earlier one", () => {
    const form = registrationForm({ passwordConfirm: "something-else", districtCode: "367101" });
    expect(validateStep(0, form)).toEqual({});
    expect(validateStep(1, form)).toEqual({ districtCode: "errors.district" });
    expect(validateStep(3, { ...form, districtCode: "367301" })).toEqual({ passwordConfirm: "errors.password.mismatch" });
  });

  it.each(["O'Neil", "Ni Luh Putu Ayu", "Sukarno", "Dr. Siti Nurbaya, S.E.", "Zoë Ayu-Lestari"])("accepts the name %s", (name) => {
    expect(registrationSchema.safeParse(registrationForm({ name })).success).toBe(true);
  });

  it.each(["<script>", "12345", " ", "Budi; DROP TABLE"])("refuses the name %j", (name) => {
    expect(registrationSchema.safeParse(registrationForm({ name })).success).toBe(false);
  });

  it("refuses income with sen (a comma) and an income of nothing, and takes any positive income", async () => {
    const say = await inIndonesian();
    expect(validateStep(2, { income: "1.000.000,50", months: "1" })).toEqual({ income: "errors.income.number" });
    const zero = validateStep(2, { income: "0", months: "1" });
    expect(zero.income).toBe(messageWithParams("errors.income.min", { min: BPU_MIN_INCOME }));
    expect(say(zero.income)).toBe("Penghasilan harus lebih dari Rp 0.");
    // The poorest informal workers are covered on the lowest base, not refused.
    expect(validateStep(2, { income: "500.000", months: "1" })).toEqual({});
    expect(say(validateStep(2, { income: "1000000", months: "2" }).months)).toBe("Pilih salah satu: 1, 3, 6, 12 bulan.");
    expect(say(validateStep(3, { ...registrationForm(), password: "pendek", passwordConfirm: "pendek" }).password)).toBe(
      "Kata sandi minimal 8 karakter.",
    );
  });
});
