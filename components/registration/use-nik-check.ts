"use client";
import { useRef, useState } from "react";
import { checkNikAction } from "@/lib/bpu-registration/actions";
import type { FieldErrors } from "@/lib/bpu-registration/schema";

/** How long the first step waits for the answer on a slow connection before letting the worker go on. */
const PATIENCE_MS = 8_000;

const giveUpAfter = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/**
 * Asks the server, as the worker leaves the first step, whether the NIK is
 * registered already (lib/bpu-registration/nik-check.ts), and answers with the
 * first step's field errors: empty when they may go on. Only an answer holds
 * them back: offline, a lost or slow connection, or a spent limit lets them go
 * on, and the final submit still refuses a duplicate. Each NIK is asked about
 * once (going back and forth costs no limit points).
 */
export function useNikCheck() {
  const [checking, setChecking] = useState(false);
  const answers = useRef(new Map<string, FieldErrors>());

  async function check(typed: string): Promise<FieldErrors> {
    const nik = typed.trim();
    const known = answers.current.get(nik);
    if (known) return known;
    if (!navigator.onLine) return {};
    setChecking(true);
    try {
      const form = new FormData();
      form.set("nik", nik);
      const answer = await Promise.race([checkNikAction(null, form), giveUpAfter(PATIENCE_MS)]);
      // No answer in time, or a refusal of the whole request (the limit): go on, and ask again next time.
      if (!answer || (!answer.ok && answer.formError)) return {};
      const errors = answer.ok ? {} : answer.fieldErrors;
      answers.current.set(nik, errors);
      return errors;
    } catch {
      // The connection dropped: the draft keeps what was typed, and the final submit checks again.
      return {};
    } finally {
      setChecking(false);
    }
  }

  return { checking, check };
}
