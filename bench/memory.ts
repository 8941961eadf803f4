/** Peak resident memory of this process so far, in MB (Linux reports maxRSS in kilobytes). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
