// Corpus figures: the published plans and workout texts in ../shared/real-plans (next to the
// repository; REAL_PLANS_DIR points elsewhere). A fresh clone has no corpus: one line says so.
import { existsSync } from "node:fs";
import path from "node:path";
import { reportCorpusPlans } from "./corpus-plans";

const corpus = process.env.REAL_PLANS_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-plans");
if (!existsSync(corpus)) {
  console.log(`Corpus figures skipped: no ${corpus} (the published plans are not part of the repository).`);
} else {
  console.log(`Corpus (${corpus}):`);
  reportCorpusPlans(corpus);
}
