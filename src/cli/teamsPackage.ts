// `npm run teams:package`: writes the Teams app package for the bot's app id (see src/teams/appPackage.ts).

import { config as loadDotenv } from 'dotenv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TeamsPackageError, writeTeamsPackage } from '../teams/appPackage';

loadDotenv({ quiet: true } as Parameters<typeof loadDotenv>[0]);
const version = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }).version;
try {
  console.log(`teams:package: wrote ${writeTeamsPackage(process.env, version)}`);
} catch (err) {
  if (!(err instanceof TeamsPackageError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
