import { spawn } from "node:child_process";

/** The fake TrainingPeaks in a process of its own (node itself, so stopping it really stops it). */
export async function startFakeProcess(port: number, latencyMs: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/fakes/trainingpeaks-server.ts", "--port", String(port), "--latency", String(latencyMs)],
    { stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}/__fake/workouts`).then(
        () => true,
        () => false,
      )
    )
      return { url, stop: () => child.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error("the fake TrainingPeaks did not start");
}
