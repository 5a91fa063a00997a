// The Teams app manifest (schema 1.29): the bot in personal, group chat and team scope, and a
// search-based message extension. Dutch first, English beside it.

import { SEARCH_COMMAND, SEARCH_PARAMETER } from '../bot/messageExtension';
import { ACCENT } from './icons';

/** What varies per deployment. */
export interface ManifestOptions {
  /** The bot's Microsoft app id (a GUID), used as app id and bot id. */
  appId: string;
  /** The app version, `major.minor.patch`. */
  version: string;
  /** The bot's public host (`bot.leiden.nl`), listed as a valid domain. */
  botDomain?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Builds the manifest; throws when the app id is not a GUID (Teams would refuse the package). */
export function buildManifest(options: ManifestOptions): Record<string, unknown> {
  if (!GUID.test(options.appId)) throw new Error(`teams:package: MicrosoftAppId must be the bot's app id (a GUID), not "${options.appId}"`);
  const scopes = ['personal', 'team', 'groupChat'];
  return {
    $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json',
    manifestVersion: '1.29',
    version: options.version,
    id: options.appId,
    developer: {
      name: 'Gemeente Leiden',
      websiteUrl: 'https://www.leiden.nl',
      privacyUrl: 'https://www.leiden.nl/privacyverklaring',
      termsOfUseUrl: 'https://www.leiden.nl/disclaimer',
    },
    name: { short: 'Voortgangsbot', full: 'Voortgangsbot: vragen over de voortgangsrapportage (questions about the progress report)' },
    description: {
      short: 'Antwoorden uit de voortgangsrapportage, met bron. Answers from the report.',
      full:
        'Stel vragen over de planning-en-controlrapportages van de gemeente Leiden, zoals de 2de Voortgangsrapportage 2022. ' +
        'Elk antwoord citeert de passage uit het rapport waarop het steunt en zegt waar die staat; zegt het rapport iets niet, dan zegt de bot dat. ' +
        'Vraag naar een code (1B1.3), naar wat onder een doel valt, of zoek vanuit het berichtvak. ' +
        'Ask in English too: every answer quotes the report passage it rests on, in Dutch, and says where it stands.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    bots: [
      {
        botId: options.appId,
        scopes,
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes,
            commands: [
              { title: 'Wat is 1B1.3?', description: 'Uitleg van een doel of prestatie, met bron' },
              { title: 'Welke doelen vallen onder 1A?', description: 'Wat onder een beleidsterrein of doel valt' },
              { title: 'Wat is de stand van zaken?', description: 'De stand van zaken uit het rapport' },
              { title: 'What is 1A2.3?', description: 'Any question in English, with the Dutch source' },
              { title: 'help', description: 'Wat de bot weet / what the bot knows' },
            ],
          },
        ],
      },
    ],
    composeExtensions: [
      {
        botId: options.appId,
        commands: [
          {
            id: SEARCH_COMMAND,
            type: 'query',
            title: 'Zoek in rapport',
            description: 'Zoek een passage op woorden of code (search the report)',
            initialRun: true,
            parameters: [{ name: SEARCH_PARAMETER, title: 'Zoekterm of code', description: 'Bijvoorbeeld: verkiezingen, 1B1.3, storingen', inputType: 'text' }],
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: options.botDomain ? [options.botDomain] : [],
  };
}
