// Every browser test fails when the page throws or the console reports a missing
// translation or value, a hydration mismatch or a blocked script (CSP): things a user would
// see as a broken page but no assertion on the page's text would catch.
import { test as base, expect } from "@playwright/test";

const BROKEN =
  /MISSING_MESSAGE|INSUFFICIENT_PATH|FORMATTING_ERROR|INVALID_MESSAGE|INVALID_KEY|Hydration|hydrat|Refused to (execute|load|apply)|Content Security Policy/i;

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && BROKEN.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      await use(problems);
      expect(problems, "the page reported problems in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from "@playwright/test";
