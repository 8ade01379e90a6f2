import { ClientMessages } from "@/components/i18n/client-messages";

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="staff">{children}</ClientMessages>;
}
