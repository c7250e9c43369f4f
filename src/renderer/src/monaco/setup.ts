/**
 * Monaco, fully offline: the locally bundled editor (the full package, so the codicon font and
 * the editor features are included) is handed to @monaco-editor/react, which would otherwise
 * load Monaco from a CDN; the editor worker is bundled by Vite and served from the app's origin.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

let configured = false;

export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  // Every model here is plain text: the one editor worker serves all labels.
  self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
  loader.config({ monaco });
  return monaco;
}

export { monaco };
