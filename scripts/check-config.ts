// Run by `npm start` and `npm run demo` before serving: checks the configuration and secrets,
// naming anything missing or too short, and makes the local secrets file when none are set.
import nextEnv from "@next/env";
import { getEnv } from "../lib/env";
import { getSecrets } from "../lib/secrets";

nextEnv.loadEnvConfig(process.cwd());
try {
  getEnv();
  getSecrets();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
