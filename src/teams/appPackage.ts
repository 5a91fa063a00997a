// The Teams app package: manifest.json, color.png and outline.png in a zip, manifest validated first.

import AdmZip from 'adm-zip';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { colorIcon, outlineIcon } from './icons';
import { buildManifest } from './manifest';
import { schemaPath, validateManifest } from './validate';

/** Thrown when no package can be written; the message says why (with the schema's messages). */
export class TeamsPackageError extends Error {}

/**
 * Builds, validates and writes the package from the environment: `MicrosoftAppId` (required),
 * `BOT_DOMAIN`, `TEAMS_PACKAGE` (output, default dist/teams/voortgangsbot.zip), `TEAMS_SCHEMA`.
 * @returns the path written
 */
export function writeTeamsPackage(env: NodeJS.ProcessEnv, version: string): string {
  const appId = env.MicrosoftAppId ?? '';
  if (!appId) throw new TeamsPackageError("teams:package: set MicrosoftAppId (in .env or the environment) to the bot's app id");
  let manifest: Record<string, unknown>;
  try {
    manifest = buildManifest({ appId, version, botDomain: env.BOT_DOMAIN || undefined });
  } catch (err) {
    throw new TeamsPackageError((err as Error).message);
  }
  const problems = validateManifest(manifest, schemaPath(env));
  if (problems.length) throw new TeamsPackageError(`teams:package: the manifest does not pass the Teams 1.29 schema:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const out = resolve(env.TEAMS_PACKAGE || 'dist/teams/voortgangsbot.zip');
  mkdirSync(dirname(out), { recursive: true });
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
  zip.addFile('color.png', colorIcon());
  zip.addFile('outline.png', outlineIcon());
  zip.writeZip(out);
  return out;
}
