// Debian's Chromium as every browser run here starts it (Playwright's own download is unreachable): the e2e tests,
// bench/page-weight.ts and bench/lighthouse.ts. No sandbox (root in CI), no GPU, and nothing that calls home.
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
