import { ClientMessages } from "@/components/i18n/client-messages";

export default function RegistrationLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="registration">{children}</ClientMessages>;
}
