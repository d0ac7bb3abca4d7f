// Timing of one benchmark run: wall and this process's CPU time, from a collected heap.
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Wall time, ms. */
  ms: number;
  /** This process's CPU time, ms. */
  cpu: number;
}

/** This process's CPU time in ms (all its threads: V8's compiler and GC helpers included). */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** A full collection, with `--expose-gc` (each timed run starts from a collected heap, raw and codex-rx alike). */
export const collect: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * `fn` timed from a collected heap; `warm`, if given, runs between the collection and the timing
 * (a warm-up on the same reader: what a long-lived reader's code is like, compiled and specialised).
 */
export async function timed(fn: () => Promise<void>, warm?: () => Promise<void>): Promise<Timing> {
  collect();
  if (warm) await warm();
  const c0 = cpuMs();
  const t0 = performance.now();
  await fn();
  return { ms: performance.now() - t0, cpu: cpuMs() - c0 };
}
