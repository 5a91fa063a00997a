// Validates a manifest against the Teams 1.29 JSON schema (draft-04), offline.

import Ajv from 'ajv-draft-04';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the schema is: TEAMS_SCHEMA, else the copy in schemas/teams-1.29 (from Microsoft, MIT licence). */
export function schemaPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TEAMS_SCHEMA || 'schemas/teams-1.29/MicrosoftTeams.schema.json');
}

/** The schema's own messages for every problem, as `/path: message`; empty when valid. */
export function validateManifest(manifest: unknown, schemaFile = schemaPath()): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : ''}`);
}
