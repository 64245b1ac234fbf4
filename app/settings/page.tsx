import { redirect } from "next/navigation";
import { AccountSecurityPanel } from "@/components/settings/account-security-panel";
import { ConnectionPanel } from "@/components/settings/connection-panel";
import { getPageUser } from "@/lib/auth/page-user";
import { connectOutcome } from "@/lib/connections/connect-outcome";
import { getConnectionView } from "@/lib/connections/connections";
import { getDb } from "@/lib/db/client";
import { isPartnerConfigured } from "@/lib/trainingpeaks/partner/config-from-env";

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ connection?: string }> }) {
  const user = await getPageUser();
  if (!user) redirect("/sign-in?next=/settings");
  const [connection, { connection: outcome }] = await Promise.all([getConnectionView(await getDb(), user.id), searchParams]);
  return (
    <>
      <h1>Settings</h1>
      <ConnectionPanel initial={connection} partnerAvailable={isPartnerConfigured()} outcome={connectOutcome(outcome)} />
      <AccountSecurityPanel />
    </>
  );
}
