import { ClientMessages } from "@/components/i18n/client-messages";
import { OfficerNav } from "@/components/officer/officer-nav";

export default function OfficerLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages area="officer">
      <OfficerNav />
      {children}
    </ClientMessages>
  );
}
