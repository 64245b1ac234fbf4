import { z } from "zod";

// Runs in the browser before the app's own code (Next.js instrumentation-client). PlanDrop's pages
// forbid evaluating strings as code (the CSP has no 'unsafe-eval'), so zod's faster parsers, built
// with `new Function`, can never run here: jitless says so up front, instead of zod probing with a
// `new Function` that the CSP reports as a violation on every page (and that an evaluation exempt
// from the CSP, such as a test driver's, can let through, leaving zod to build a parser that fails).
z.config({ jitless: true });
