#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, so there is no stale build to trust.
// It is called here, not by the module on import: started through npx, npm link or a global
// install, argv[1] is a symlink, so a module cannot reliably tell that it is the one being run.
import { register } from 'tsx/esm/api';
register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
