import { OfficerNav } from "@/components/officer/officer-nav";

export default function OfficerLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <OfficerNav />
      {children}
    </>
  );
}
