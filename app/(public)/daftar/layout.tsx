import { BrowserMessages } from "@/components/i18n/browser-messages";

export default function RegistrationLayout({ children }: { children: React.ReactNode }) {
  return <BrowserMessages area="registration">{children}</BrowserMessages>;
}
