import { CredentialsForm } from "@/components/auth/credentials-form";
import { safeNextPath } from "@/lib/safe-redirect";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <CredentialsForm mode="sign-in" next={safeNextPath(next)} />;
}
