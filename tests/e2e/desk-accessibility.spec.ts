// Issue 17: axe reports no serious or critical violation on every desk page — staff, finance, BJB management,
// admin, sponsor and officer — as each is seen by someone who may open it, on the demo data. Pages behind an id are
// reached through the first link to one. The settlement page (/dashboard/rekonsiliasi/[id]) needs an uploaded file:
// staff-work.spec.ts checks it; the campaign page: campaign.spec.ts; the sponsor's collective bill: sponsor.spec.ts.
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, signIn } from "./helpers";

/** The first link on `page` whose address starts with `prefix` and goes on (an id), as a path. */
async function firstLinkUnder(page: Page, prefix: string): Promise<string> {
  const hrefs = await page.locator(`a[href^="${prefix}"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => h.length > prefix.length && !h.startsWith(`${prefix}baru`));
  expect(href, `a link under ${prefix}`).toBeTruthy();
  return href!;
}

async function expectPagesAccessible(page: Page, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectAccessible(page);
  }
}

const DESKS: { who: string; account: string; pages: (page: Page) => Promise<string[]> }[] = [
  {
    who: "regional staff",
    account: "staf.serang@bpjstk.test",
    pages: async () => [
      "/dashboard",
      "/dashboard/peserta",
      "/dashboard/ekspor",
      "/dashboard/tinjauan",
      "/dashboard/perubahan",
      "/dashboard/audit",
    ],
  },
  { who: "finance", account: "keuangan.serang@bpjstk.test", pages: async () => ["/dashboard/rekonsiliasi"] },
  { who: "BJB management", account: "manajer@bjb.test", pages: async () => ["/dashboard", "/dashboard/peserta"] },
  {
    who: "an admin",
    account: "admin@lindung.test",
    pages: async (page) => {
      await page.goto("/admin");
      const account = await firstLinkUnder(page, "/admin/pengguna/");
      return [
        "/admin",
        account,
        "/admin/pengguna/baru",
        "/admin/cabang",
        "/admin/kunci-api",
        "/admin/aturan",
        "/admin/sponsor",
        "/dashboard/pesan",
      ];
    },
  },
  {
    who: "a sponsor's operator",
    account: "operator@bantenprov.test",
    pages: async (page) => {
      await page.goto("/sponsor");
      return ["/sponsor", await firstLinkUnder(page, "/sponsor/program/")];
    },
  },
  {
    who: "a BJB officer",
    account: "petugas.serang@bjb.test",
    pages: async (page) => {
      await page.goto("/bank/klien");
      const client = await firstLinkUnder(page, "/bank/klien/");
      await page.goto(client);
      const bill = await firstLinkUnder(page, "/bank/tagihan/");
      return [
        "/bank",
        "/bank/klien",
        "/bank/klien/baru",
        client,
        `${client}/impor`,
        bill,
        "/bank/pemulihan",
        "/bank/proyek",
        "/bank/proyek/baru",
        "/bank/kredit",
        "/bank/kampanye",
      ];
    },
  },
];

for (const desk of DESKS) {
  test(`every desk page ${desk.who} opens has no serious or critical accessibility violation`, async ({ page }) => {
    await signIn(page, desk.account);
    await expectPagesAccessible(page, await desk.pages(page));
  });
}
