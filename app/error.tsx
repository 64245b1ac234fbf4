"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="card" role="alert">
      <h1>Something went wrong</h1>
      <p>PlanDrop hit an unexpected problem showing this page. Your imports are safe.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
