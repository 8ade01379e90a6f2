import { BrowserMessages } from "@/components/i18n/browser-messages";

export default function WorkerLayout({ children }: { children: React.ReactNode }) {
  return <BrowserMessages area="worker">{children}</BrowserMessages>;
}
