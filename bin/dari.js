#!/usr/bin/env node
// The `dari` command: runs the TypeScript CLI through tsx, wherever it is called from.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli.ts');
