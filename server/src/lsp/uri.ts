/** file: URIs and paths. Documents with other schemes (untitled:, git:) have no path. */
import { fileURLToPath, pathToFileURL } from 'node:url';

export function pathFromUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriFromPath(file: string): string {
  return pathToFileURL(file).href;
}
