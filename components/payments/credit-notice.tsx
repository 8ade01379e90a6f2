import { getTranslations } from "next-intl/server";
import { formatRupiah } from "@/lib/domain/money";

/**
 * "Kelebihan bayar Rp …, dipakai untuk tagihan berikutnya.": credit an account holds from an overpayment;
 * nothing when none. `whose` names the account when the page shows more than one (a client and its owner).
 */
export async function CreditNotice({ credit, whose }: { credit: bigint; whose?: string }) {
  if (credit <= 0n) return null;
  const t = await getTranslations("payments");
  const text = t("creditHeld", { amount: formatRupiah(Number(credit)) });
  return (
    <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm font-medium text-brand-900" data-testid="credit-held">
      {whose ? `${whose}: ${text}` : text}
    </p>
  );
}
