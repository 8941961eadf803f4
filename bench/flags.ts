/** The word after `--name` on the bench's command line, or the fallback when the flag is absent. */
export function textFlag(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
}

/** The number after `--name` on the bench's command line, or the fallback when the flag is absent. */
export function flag(args: string[], name: string, fallback: number): number {
  return Number(textFlag(args, name, String(fallback)));
}
