import { redirect } from "next/navigation";
import { AccountSecurityPanel } from "@/components/settings/account-security-panel";
import { ConnectionPanel } from "@/components/settings/connection-panel";
import { getPageUser } from "@/lib/auth/page-user";
import { getConnectionView } from "@/lib/connections/connections";
import { getDb } from "@/lib/db/client";

export default async function SettingsPage() {
  const user = await getPageUser();
  if (!user) redirect("/sign-in?next=/settings");
  const connection = await getConnectionView(await getDb(), user.id);
  return (
    <>
      <h1>Settings</h1>
      <ConnectionPanel initial={connection} />
      <AccountSecurityPanel />
    </>
  );
}
