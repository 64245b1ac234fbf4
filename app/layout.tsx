import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SiteMenuLoader } from "@/components/layout/site-menu-loader";
import { getUser } from "@/lib/auth/user";
import "./globals.css";
import "./small-screens.css";

export const metadata: Metadata = {
  title: "PlanDrop — training plans onto TrainingPeaks",
  description: "Import a CSV training plan onto a TrainingPeaks calendar, with every row checked first.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getUser();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            PlanDrop
          </Link>
          <span className="tagline">Training plans onto TrainingPeaks</span>
          <nav aria-label="Account" className="account-nav">
            <Link href="/">Import</Link>
            <Link href="/imports">Imports</Link>
            {user ? (
              <>
                <Link href="/settings">Settings</Link>
                <span className="hint">{user.email}</span>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link href="/sign-in">Sign in</Link>
                <Link href="/sign-up">Sign up</Link>
              </>
            )}
          </nav>
          <div className="site-menu">
            <SiteMenuLoader email={user?.email ?? null} />
          </div>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
