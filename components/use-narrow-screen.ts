"use client";

import { useSyncExternalStore } from "react";

/** Phones and narrow windows: where tables read as cards (the same width as the CSS in app/small-screens.css). */
export const NARROW_QUERY = "(max-width: 640px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
