"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { ApiError, fetchImport, sentenceOf } from "@/lib/imports/browser/import-api-client";
import { forgetBrowserImport } from "@/lib/imports/browser/browser-imports";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import type { ImportPace } from "@/lib/imports/wire/time-left";
import { JobDetail } from "./job-detail";

/** An import made in this browser without an account, opened with the key this browser holds. */
export function BrowserJob({ jobId, pace }: { jobId: string; pace?: ImportPace }) {
  const [job, setJob] = useState<ImportJobView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchImport(jobId)
      .then(setJob)
      .catch((failure: unknown) => {
        if (failure instanceof ApiError && failure.code === "not_found") forgetBrowserImport(jobId);
        setError(sentenceOf(failure));
      });
  }, [jobId]);

  if (error)
    return (
      <p className="card">
        {error} Imports made without an account open only in the browser that made them (or, once added, from your account&apos;s{" "}
        <Link href="/imports">Imports</Link>).
      </p>
    );
  if (!job)
    return (
      <p className="hint" role="status">
        Loading the import…
      </p>
    );
  return (
    <>
      <h1>{job.fileName}</h1>
      <JobDetail job={job} usesConnection={false} pace={pace} />
    </>
  );
}
