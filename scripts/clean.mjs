// Cross-platform `rm -rf` for build outputs.
import { rmSync } from 'node:fs';
for (const path of process.argv.slice(2)) rmSync(path, { recursive: true, force: true });
