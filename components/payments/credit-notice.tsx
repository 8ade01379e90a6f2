import { getTranslations } from "next-intl/server";
import { formatRupiah } from "@/lib/domain/money";

/** "Kelebihan bayar Rp …, dipakai untuk tagihan berikutnya.": credit an account holds from an overpayment; nothing when none. */
export async function CreditNotice({ credit }: { credit: bigint }) {
  if (credit <= 0n) return null;
  const t = await getTranslations("payments");
  return (
    <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm font-medium text-brand-900" data-testid="credit-held">
      {t("creditHeld", { amount: formatRupiah(Number(credit)) })}
    </p>
  );
}
