import { BrowserMessages } from "@/components/i18n/browser-messages";

/** A sponsor's operator's pages: their programmes, beneficiary lists and collective bills. */
export default function SponsorLayout({ children }: { children: React.ReactNode }) {
  return (
    <BrowserMessages area="sponsor">
      <div className="desk">{children}</div>
    </BrowserMessages>
  );
}
