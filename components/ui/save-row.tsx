import type { ComponentProps } from "react";
import { Button } from "./button";

/** A form's end: what was saved (after a success), and the submit button, off while the action runs. */
export function SaveRow({
  saved,
  savedText,
  pending,
  children,
  variant,
}: {
  saved: boolean;
  savedText: string;
  pending: boolean;
  children: React.ReactNode;
  variant?: ComponentProps<typeof Button>["variant"];
}) {
  return (
    <>
      {saved && (
        <p role="status" className="text-sm font-medium text-brand-700">
          {savedText}
        </p>
      )}
      <Button type="submit" variant={variant} disabled={pending}>
        {children}
      </Button>
    </>
  );
}
