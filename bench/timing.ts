/** Median wall time of a synchronous function over several runs, after one warm-up run. */
export function medianMs(run: () => void, repeats = 15): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}
