import { CredentialsForm } from "@/components/auth/credentials-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return <CredentialsForm mode="sign-in" next={next?.startsWith("/") && !next.startsWith("//") ? next : "/"} />;
}
