import { BrowserMessages } from "@/components/i18n/browser-messages";
import { OfficerNav } from "@/components/officer/officer-nav";

export default function OfficerLayout({ children }: { children: React.ReactNode }) {
  return (
    <BrowserMessages area="officer">
      <div className="desk">
        <OfficerNav />
        {children}
      </div>
    </BrowserMessages>
  );
}
