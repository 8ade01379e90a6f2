"use client";
import { useTranslations } from "next-intl";
import { splitMessage } from "@/lib/validation/field-errors";

/** Turns a message key from a schema or the server ("errors.x?row=4") into text in the visitor's language. */
export function useMessage() {
  const t = useTranslations();
  return (value?: string) => {
    if (!value) return undefined;
    const { key, params } = splitMessage(value);
    return t(key as never, params as never);
  };
}
