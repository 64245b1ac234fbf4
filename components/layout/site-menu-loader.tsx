"use client";

import { useEffect, useState } from "react";
import type { SiteMenu as Menu } from "./site-menu";

/**
 * The header menu with its Radix part fetched right after the page starts, so it is in no page's
 * first download. Until then a plain button of the same look stands in; pressing it opens the
 * menu as soon as it is in.
 */
export function SiteMenuLoader({ email }: { email: string | null }) {
  const [SiteMenu, setSiteMenu] = useState<typeof Menu | null>(null);
  const [wantsOpen, setWantsOpen] = useState(false);

  useEffect(() => {
    let isMounted = true;
    void import("./site-menu").then((module) => {
      if (isMounted) setSiteMenu(() => module.SiteMenu);
    });
    return () => {
      isMounted = false;
    };
  }, []);

  if (SiteMenu) return <SiteMenu email={email} defaultOpen={wantsOpen} />;
  return (
    <button type="button" className="menu-trigger secondary" aria-haspopup="menu" onClick={() => setWantsOpen(true)}>
      Menu
    </button>
  );
}
