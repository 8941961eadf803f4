import { readFileSync } from 'node:fs';

/**
 * Read-only files that ship inside the code (dictionaries, trained weights), resolved relative to
 * this module so they load the same way from tests, the CLI and the server, with no network.
 * This is the only place in src/text that touches the file system, and only at start-up.
 */
export function readTextAsset(relativeToTextFolder: string): string {
  return readFileSync(new URL(relativeToTextFolder, import.meta.url), 'utf8');
}
