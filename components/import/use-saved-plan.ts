"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SavedPlan } from "@/lib/saved-plan/saved-plan-schema";
import { clearSavedPlan, loadSavedPlan, savePlan } from "@/lib/saved-plan/saved-plan-store";

/**
 * Keeps the loaded plan, its fixes and answers in this browser, so a reload, a guide's page or
 * signing in or out comes back to it: restored once on load, saved as it changes (one write at a
 * time, in order). `clear` forgets it (Clear plan, a finished import) until the plan changes again.
 * `isSaved`: what the page shows is what is kept.
 */
export function useSavedPlan(snapshot: SavedPlan | null, onRestore: (saved: SavedPlan) => void) {
  const [isLoaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<SavedPlan | null>(null);
  const cleared = useRef<SavedPlan | null>(null);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const restore = useRef(onRestore);
  restore.current = onRestore;

  useEffect(() => {
    let isCurrent = true;
    void loadSavedPlan().then((kept) => {
      if (!isCurrent) return;
      if (kept) restore.current(kept);
      setLoaded(true);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(() => {
    if (!isLoaded || !snapshot || snapshot === cleared.current) return;
    writes.current = writes.current
      .then(() => savePlan(snapshot))
      .then((isKept) => {
        if (isKept) setSaved(snapshot);
      });
  }, [isLoaded, snapshot]);

  const clear = useCallback(() => {
    cleared.current = snapshot;
    writes.current = writes.current.then(clearSavedPlan).then(() => setSaved(null));
    return writes.current;
  }, [snapshot]);

  return { isLoaded, isSaved: snapshot !== null && saved === snapshot, clear };
}
