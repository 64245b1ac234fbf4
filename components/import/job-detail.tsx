"use client";

import { useState } from "react";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import type { ImportPace } from "@/lib/imports/wire/time-left";
import { JobPanel } from "./job-panel";
import { TokenField } from "./token-field";

/** An import from the history: with a saved connection nothing to paste; with a pasted token, a fresh one to go on. */
export function JobDetail({ job, usesConnection, pace }: { job: ImportJobView; usesConnection: boolean; pace?: ImportPace }) {
  const [token, setToken] = useState<string | null>(null);
  return (
    <div className="workbench">
      {!usesConnection && <TokenField onChecked={(next) => setToken(next)} />}
      <JobPanel job={job} token={usesConnection ? null : token} canSend={usesConnection || token !== null} pace={pace} />
    </div>
  );
}
