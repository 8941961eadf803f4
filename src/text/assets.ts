import { readFileSync } from 'node:fs';

/**
 * Read-only files that ship with the code (dictionaries in src/text, trained weights in models/),
 * resolved relative to this module so they load the same way from tests, the CLI and the server,
 * with no network. The only place in src/text that touches the file system, and only at start-up.
 */
export function readTextAsset(relativeToTextFolder: string): string {
  return readFileSync(new URL(relativeToTextFolder, import.meta.url), 'utf8');
}

export function readModelFile(name: string): Buffer {
  return readFileSync(modelPath(name));
}

/** Where a model file lives; training scripts write there. */
export function modelPath(name: string): string {
  return new URL(`../../models/${name}`, import.meta.url).pathname;
}
