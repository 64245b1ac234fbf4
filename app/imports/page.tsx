import Link from "next/link";
import { BrowserImportsList } from "@/components/import/browser-imports-list";
import { getUser } from "@/lib/auth/user";
import { getDb } from "@/lib/db/client";
import { formatPlanDate } from "@/lib/format";
import { listImportsForUser } from "@/lib/imports/data/history";

export const metadata = { title: "Imports — PlanDrop" };

const STATUS_WORDS: Record<string, string> = {
  ready: "Not started",
  running: "Running",
  paused: "Paused",
  done: "Done",
  undoing: "Undoing",
  undone: "Undone",
};

export default async function ImportsPage() {
  const user = await getUser();
  if (!user) {
    return (
      <>
        <h1>Imports</h1>
        <p className="lead">
          <Link href="/sign-in?next=/imports">Sign in</Link> to see your account&apos;s imports from any browser.
        </p>
        <BrowserImportsList signedIn={false} />
      </>
    );
  }
  const imports = await listImportsForUser(await getDb(), user.id);
  return (
    <>
      <h1>Imports</h1>
      <BrowserImportsList signedIn />
      {imports.length === 0 ? (
        <p className="card">
          No imports yet. <Link href="/">Import a plan</Link>.
        </p>
      ) : (
        <div className="card table-scroll">
          <table className="history-table">
            <caption className="visually-hidden">Your imports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Plan</th>
                <th scope="col">Athletes</th>
                <th scope="col">Dates</th>
                <th scope="col" className="num">
                  Created
                </th>
                <th scope="col" className="num">
                  Failed
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((item) => (
                <tr key={item.id}>
                  <td data-label="Started">{item.createdAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td data-label="Plan">
                    <Link href={`/imports/${item.id}`}>{item.fileName}</Link>
                  </td>
                  <td data-label="Athletes">{item.athletes.join(", ")}</td>
                  <td data-label="Dates">
                    {item.firstDate ? `${formatPlanDate(item.firstDate)} – ${formatPlanDate(item.lastDate ?? undefined)}` : ""}
                  </td>
                  <td className="num" data-label="Created">
                    {item.counts.created ?? 0}
                  </td>
                  <td className="num" data-label="Failed">
                    {item.counts.failed ?? 0}
                  </td>
                  <td data-label="Status">{STATUS_WORDS[item.status] ?? item.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
