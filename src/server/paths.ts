/** Where the built renderer and the bundled resources live, seen from the source tree. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out/renderer');
export const RESOURCES_DIR = path.join(PROJECT_ROOT, 'resources');
