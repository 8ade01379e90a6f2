"use client";
import { useLayoutEffect, useState, type RefObject } from "react";
import { useHydrated } from "@/components/use-hydrated";

// "Registration that forgives" (issue 14.7): what the worker typed into /daftar
// stays on their device (localStorage, never sent anywhere) until they send the
// form, so a reload or a dropped connection costs them nothing.

/** Versioned: when what the fields mean changes, a new key, and drafts under an older one are never read. */
export const DRAFT_KEY = "lindung.daftar.draft.v1";

/**
 * Never written to the device: passwords (anything named so), consent (given
 * when the form is sent, not remembered from another day), the language and
 * the framework's hidden fields ($ACTION_…), which the page itself supplies.
 */
const kept = (name: string) => !/password/i.test(name) && name !== "consent" && name !== "locale" && !name.startsWith("$");

/** A draft older than this is as likely someone else's on a shared phone as the worker's own: dropped. */
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export type Draft = { step: number; values: Record<string, string> };

type StoredDraft = Draft & { savedAt: number };

/**
 * A draft as this form stores it. Checked by hand rather than by zod: the draft is read as the page opens, and zod
 * is fetched only once the worker starts filling in the form (registration-form.tsx). The form's fields are short;
 * anything longer was not typed into them.
 */
function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== "object" || value === null) return false;
  const { savedAt, step, values } = value as Record<string, unknown>;
  return (
    typeof savedAt === "number" &&
    typeof step === "number" &&
    Number.isInteger(step) &&
    step >= 0 &&
    typeof values === "object" &&
    values !== null &&
    !Array.isArray(values) &&
    Object.values(values).every((field) => typeof field === "string" && field.length <= 1000)
  );
}

const keptValues = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([name]) => kept(name)));

/** The draft on this device, if a usable one is there: corrupt, old-format or expired JSON is no draft. */
function loadDraft(): Draft | null {
  try {
    const text = window.localStorage.getItem(DRAFT_KEY);
    if (!text) return null;
    const draft: unknown = JSON.parse(text);
    if (!isStoredDraft(draft) || Math.abs(Date.now() - draft.savedAt) > MAX_AGE_MS) return null;
    const values = keptValues(draft.values);
    return Object.keys(values).length > 0 ? { step: draft.step, values } : null;
  } catch {
    return null;
  }
}

// Storage may be full, switched off or blocked (private windows): the form then works without drafts.
function storeDraft(draft: Draft) {
  try {
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: Date.now(), step: draft.step, values: keptValues(draft.values) }));
  } catch {}
}

function forgetDraft() {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {}
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const isField = (element: Element): element is Field =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;

const isChoice = (field: Field): field is HTMLInputElement =>
  field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio");

/** The option a select shows when the page comes: the one marked selected, else the first. */
function defaultOption(select: HTMLSelectElement) {
  const marked = Array.from(select.options).findIndex((option) => option.defaultSelected);
  return marked < 0 ? 0 : marked;
}

/** Changed from how the page came: typed into before the page's script ran (a slow phone). */
const changedFromDefault = (field: Field) =>
  field instanceof HTMLSelectElement
    ? field.selectedIndex !== defaultOption(field)
    : isChoice(field)
      ? field.checked !== field.defaultChecked
      : field.value !== field.defaultValue;

/**
 * Puts a draft's values into the form's fields, which hold them themselves
 * (uncontrolled). What the worker typed in this page before its script ran wins
 * over the older draft: a field (or radio group) they changed is left alone.
 */
function fillForm(form: HTMLFormElement, values: Record<string, string>) {
  const fields = Array.from(form.elements).filter(isField);
  const typedHere = new Set(fields.filter(changedFromDefault).map((field) => field.name));
  for (const field of fields) {
    if (!field.name || !kept(field.name) || !Object.hasOwn(values, field.name) || typedHere.has(field.name)) continue;
    const value = values[field.name]!;
    if (isChoice(field)) field.checked = field.value === value;
    else if (!(field instanceof HTMLInputElement && ["hidden", "file", "password"].includes(field.type))) field.value = value;
  }
}

/**
 * The form's draft on this device. `restored` is the draft found when the page
 * opened (null until then, and after `discard`), for the form to adopt its step
 * and values; the fields are filled in after that render, when every select
 * has its options (the districts of the restored regency). The form calls
 * `save` as the worker types or moves between steps, and `clear` once the
 * registration went through.
 */
export function useDraft(formRef: RefObject<HTMLFormElement | null>, initial: Record<string, string>) {
  const hydrated = useHydrated();
  // Read once, after hydration: the server has no draft, so the first render must not either.
  const [loaded, setLoaded] = useState<{ draft: Draft | null } | null>(null);
  if (hydrated && !loaded) setLoaded({ draft: loadDraft() });

  // Before the browser paints: the restored step never shows empty fields, even for a frame.
  useLayoutEffect(() => {
    if (!loaded) return;
    if (loaded.draft && formRef.current) fillForm(formRef.current, loaded.draft.values);
    // What could not be used (corrupt, expired) is personal data all the same: gone from the device.
    else forgetDraft();
  }, [formRef, loaded]);

  return {
    restored: loaded?.draft ?? null,
    save(values: Record<string, string>, step: number) {
      const typed = Object.entries(keptValues(values)).some(([name, value]) => value !== "" && value !== initial[name]);
      if (typed || step > 0) storeDraft({ step, values });
      else forgetDraft();
    },
    discard() {
      forgetDraft();
      setLoaded({ draft: null });
    },
    clear: forgetDraft,
  };
}
