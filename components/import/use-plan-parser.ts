"use client";

import { useEffect, useState } from "react";
import type { parsePlanCsv } from "@/lib/plans/parse-plan-csv";

export type ParsePlan = typeof parsePlanCsv;

/**
 * The plan reader (papaparse, the layouts, the workout-text reader), fetched right after the page
 * starts instead of with it, so the import page's first download stays small. null until it is in.
 */
export function usePlanParser(): ParsePlan | null {
  const [parse, setParse] = useState<ParsePlan | null>(null);
  useEffect(() => {
    let isMounted = true;
    void import("@/lib/plans/parse-plan-csv").then((module) => {
      if (isMounted) setParse(() => module.parsePlanCsv);
    });
    return () => {
      isMounted = false;
    };
  }, []);
  return parse;
}
