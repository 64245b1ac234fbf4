import Link from "next/link";

export const metadata = { title: "Find your Production_tpAuth cookie — PlanDrop" };

export default function CookieGuide() {
  return (
    <article className="card guide-page">
      <h1>Find your Production_tpAuth cookie</h1>
      <p>
        When you sign in to TrainingPeaks, your browser keeps a cookie named <code>Production_tpAuth</code>. It lasts for weeks. Saved in
        PlanDrop&apos;s Settings, it lets PlanDrop make the short-lived tokens an import needs by itself. PlanDrop stores it encrypted,
        never shows it again (only its last 4 characters), and deletes it when you press Unlink. Anyone holding this cookie can act as you
        on TrainingPeaks, so paste it nowhere else.
      </p>
      <h2>Chrome and Edge</h2>
      <ol>
        <li>
          Open <strong>app.trainingpeaks.com</strong> and sign in.
        </li>
        <li>
          Press <kbd>F12</kbd> (on a Mac <kbd>⌥ ⌘ I</kbd>) and choose the <strong>Application</strong> tab.
        </li>
        <li>
          In the left column open <strong>Storage → Cookies</strong> and click <code>https://app.trainingpeaks.com</code>.
        </li>
        <li>
          Find the row named <code>Production_tpAuth</code>. Double-click its <strong>Value</strong> cell, select all and copy.
        </li>
        <li>
          In PlanDrop open <Link href="/settings">Settings</Link>, paste it into <strong>Production_tpAuth cookie</strong> and press{" "}
          <strong>Save connection</strong>. PlanDrop checks it with TrainingPeaks before saving.
        </li>
      </ol>
      <p>
        Also accepted: <code>Production_tpAuth=…</code>, a whole <code>Cookie:</code> header, or a request copied with{" "}
        <strong>Copy as cURL</strong> from the Network tab. PlanDrop keeps only the Production_tpAuth value and says so.
      </p>
      <h2>Firefox</h2>
      <p>
        Use the <strong>Storage</strong> tab → <strong>Cookies</strong>. Firefox shortens long values in some views: right-click the value
        and use <strong>Copy</strong>, or copy from the Network tab with <strong>Copy Value</strong>.
      </p>
      <h2>Safari</h2>
      <p>
        Turn on <strong>Settings → Advanced → Show features for web developers</strong>, then{" "}
        <strong>Develop → Show Web Inspector → Storage → Cookies</strong>.
      </p>
      <h2>When it does not work</h2>
      <ul>
        <li>
          <strong>“TrainingPeaks did not accept this cookie”</strong>: it has expired, or it was copied short. Sign out of TrainingPeaks,
          sign in again, and copy it afresh.
        </li>
        <li>
          <strong>“Needs reconnecting”</strong> in Settings or an import: your TrainingPeaks session has ended. Paste a fresh cookie and
          press Save connection; paused imports go on with Resume, and nothing is sent twice.
        </li>
        <li>
          <strong>“This is a bearer token, not the Production_tpAuth cookie”</strong>: that value belongs in the import&apos;s Bearer token
          field instead (<Link href="/guides/bearer-token">guide</Link>).
        </li>
      </ul>
    </article>
  );
}
