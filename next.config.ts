import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_UPLOAD_REQUEST_BYTES } from "./lib/validation/upload";

// Messages are compiled at build time (issue 17.7): the browser formats them without intl-messageformat's parser,
// 12 KiB less script on every page. Code run outside Next (the job worker, tests) reads the JSON as it is.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Staff upload BJB's settlement file through a server action (the worker import has its own route).
  experimental: {
    serverActions: { bodySizeLimit: MAX_UPLOAD_REQUEST_BYTES },
    // Tree-shakes Next's own CommonJS client modules: 0.6 KB less script on every page (issue 17.7, docs/benchmarks.md).
    turbopackCjsTreeShaking: true,
  },
  // Packages with native or wasm parts stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pino"],
  // Headers for every response; the Content-Security-Policy with a per-request nonce is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // Browsers ignore HSTS over plain http, so it is safe on a local demo too.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
