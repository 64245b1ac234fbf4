import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "PlanDrop — training plans onto TrainingPeaks",
  description: "Import a CSV training plan onto a TrainingPeaks calendar, with every row checked first.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">Skip to content</a>
        <header className="site-header">
          <Link href="/" className="brand">PlanDrop</Link>
          <span className="tagline">Training plans onto TrainingPeaks</span>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
