import Link from "next/link";

export const metadata = { title: "Find your TrainingPeaks bearer token — PlanDrop" };

export default function BearerTokenGuide() {
  return (
    <article className="card guide-page">
      <h1>Find your TrainingPeaks bearer token</h1>
      <p>
        The TrainingPeaks web app sends a short-lived token with every request it makes. PlanDrop uses it for one import. It lasts an hour
        at most, often less.
      </p>
      <p className="field-warning" role="note">
        These steps need a computer: phone browsers have no developer tools. On a phone, <Link href="/sign-up">sign up</Link> and save your
        TrainingPeaks connection once in Settings from a computer; the phone then imports with nothing to paste.
      </p>
      <h2>Chrome and Edge</h2>
      <ol>
        <li>
          Open <strong>app.trainingpeaks.com</strong> and sign in.
        </li>
        <li>
          Press <kbd>F12</kbd> (on a Mac <kbd>⌥ ⌘ I</kbd>) to open the developer tools, and choose the <strong>Network</strong> tab.
        </li>
        <li>
          Reload the page (<kbd>F5</kbd>). In the filter box type <code>tpapi</code>.
        </li>
        <li>
          Click any request in the list, for example <code>user</code>. Under <strong>Headers</strong> → <strong>Request Headers</strong>,
          find <strong>authorization</strong>.
        </li>
        <li>
          Right-click its value and copy it (or select it all). It starts with <code>Bearer</code>.
        </li>
        <li>
          Paste it into PlanDrop&apos;s <strong>Bearer token</strong> field. Everything around the token (the word Bearer, quotes, line
          breaks) is removed for you. Copying the whole request with <strong>Copy as cURL</strong> works too.
        </li>
      </ol>
      <h2>Firefox</h2>
      <p>
        The same steps, in the <strong>Network</strong> tab of the developer tools. Firefox can shorten long values in the headers view:
        right-click the header and use <strong>Copy Value</strong>.
      </p>
      <h2>Safari</h2>
      <p>
        First turn on <strong>Settings → Advanced → Show features for web developers</strong>, then use{" "}
        <strong>Develop → Show Web Inspector → Network</strong> and the same steps.
      </p>
      <h2>When it does not work</h2>
      <ul>
        <li>
          <strong>“This TrainingPeaks token expired at …”</strong>: the token ran out. Reload TrainingPeaks and copy a fresh one.
        </li>
        <li>
          <strong>“This does not look like a TrainingPeaks bearer token”</strong>: you copied another header. Look for{" "}
          <em>authorization</em> on a request to tpapi.trainingpeaks.com.
        </li>
        <li>
          <strong>An import paused because the token expired</strong>: paste a fresh token and press Resume. Nothing already sent is sent
          again.
        </li>
        <li>
          Tired of pasting? <Link href="/sign-up">Sign up</Link> and save your TrainingPeaks connection once in Settings (
          <Link href="/guides/trainingpeaks-cookie">how</Link>).
        </li>
      </ul>
    </article>
  );
}
