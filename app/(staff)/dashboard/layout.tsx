import { BrowserMessages } from "@/components/i18n/browser-messages";

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return (
    <BrowserMessages area="staff">
      <div className="desk">{children}</div>
    </BrowserMessages>
  );
}
