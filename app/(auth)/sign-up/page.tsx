import { CredentialsForm } from "@/components/auth/credentials-form";

export default function SignUpPage() {
  return <CredentialsForm mode="sign-up" next="/settings" />;
}
