"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { signOutOfPlanDrop } from "@/components/auth/sign-out-button";

/** The header's links folded into one menu, for phones and narrow windows (the wide header lists them inline). */
export function SiteMenu({ email, defaultOpen = false }: { email: string | null; defaultOpen?: boolean }) {
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger className="menu-trigger secondary">Menu</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu-content" align="end" sideOffset={6}>
          {email && <DropdownMenu.Label className="menu-label">{email}</DropdownMenu.Label>}
          <DropdownMenu.Item asChild className="menu-item">
            <Link href="/">Import</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild className="menu-item">
            <Link href="/imports">Imports</Link>
          </DropdownMenu.Item>
          {email ? (
            <>
              <DropdownMenu.Item asChild className="menu-item">
                <Link href="/settings">Settings</Link>
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item" onSelect={() => void signOutOfPlanDrop()}>
                Sign out
              </DropdownMenu.Item>
            </>
          ) : (
            <>
              <DropdownMenu.Item asChild className="menu-item">
                <Link href="/sign-in">Sign in</Link>
              </DropdownMenu.Item>
              <DropdownMenu.Item asChild className="menu-item">
                <Link href="/sign-up">Sign up</Link>
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
