"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { claimImport, sentenceOf } from "@/lib/imports/browser/import-api-client";
import { type BrowserImport, listBrowserImports } from "@/lib/imports/browser/browser-imports";

/**
 * The imports made in this browser without an account. Signed out: a link to each. Signed in:
 * the choice to add them to the account's Imports (each one moves only with its key).
 */
export function BrowserImportsList({ signedIn }: { signedIn: boolean }) {
  const router = useRouter();
  const [imports, setImports] = useState<BrowserImport[] | null>(null);
  const [claiming, setClaiming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => setImports(listBrowserImports()), []);

  async function claimAll(list: BrowserImport[]) {
    setClaiming(true);
    const refused: string[] = [];
    for (const item of list) {
      try {
        await claimImport(item.id);
      } catch (failure) {
        refused.push(`${item.fileName}: ${sentenceOf(failure)}`);
      }
    }
    setImports(listBrowserImports());
    setClaiming(false);
    setMessage(
      refused.length === 0
        ? `${list.length === 1 ? "The import was" : `${list.length} imports were`} added to your Imports.`
        : `Not added: ${refused.join(" ")}`,
    );
    router.refresh();
  }

  if (imports === null) return null;
  if (imports.length === 0) {
    return signedIn ? (
      message ? (
        <p className="field-success" role="status">
          {message}
        </p>
      ) : null
    ) : (
      <p className="card">
        No imports in this browser yet. <Link href="/">Import a plan</Link>.
      </p>
    );
  }
  return (
    <section className="card" aria-labelledby="browser-imports-heading">
      <h2 id="browser-imports-heading">Imports in this browser</h2>
      <p className="hint">
        {signedIn
          ? "Made here without an account. Add them to your Imports to open them from any browser signed in as you."
          : "Made here without an account: they are kept in this browser only. Open one to follow it, resume it or undo it (with a fresh token)."}
      </p>
      <ul className="browser-imports">
        {imports.map((item) => (
          <li key={item.id}>
            <Link href={`/imports/${item.id}`}>{item.fileName}</Link>{" "}
            <span className="hint">
              · {item.athleteName} · {new Date(item.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
            </span>
          </li>
        ))}
      </ul>
      {signedIn && (
        <button
          type="button"
          className="primary"
          aria-disabled={claiming}
          onClick={() => {
            if (!claiming) void claimAll(imports);
          }}
        >
          Add {imports.length === 1 ? "it" : `these ${imports.length}`} to my Imports
        </button>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
