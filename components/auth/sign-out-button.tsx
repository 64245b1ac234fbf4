"use client";

import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  async function signOut() {
    await fetch("/api/auth/sign-out", { method: "POST" });
    sessionStorage.clear();
    router.push("/");
    router.refresh();
  }
  return <button type="button" className="link" onClick={() => void signOut()}>Sign out</button>;
}
