// Where this repository is, found from the running file (src/… under ts-jest, dist/src/… once built).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder with package.json above `from` (default: this file). */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
