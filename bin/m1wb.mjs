#!/usr/bin/env node
// The m1wb command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/index.ts', import.meta.url).href);
