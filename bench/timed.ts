/** CPU seconds of this process since `since`: on a shared machine, wall time mostly measures the neighbours. */
export function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Wall-clock and CPU seconds of `work`. */
export function timed(work: () => void): { wall: number; cpu: number } {
  const wallStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  work();
  return { wall: (performance.now() - wallStarted) / 1000, cpu: cpuSeconds(cpuStarted) };
}
