import AdmZip from 'adm-zip';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { TeamsPackageError, writeTeamsPackage } from '../../src/teams/appPackage';
import { buildManifest } from '../../src/teams/manifest';
import { validateManifest } from '../../src/teams/validate';
import { message, post, startTestServer, type TestServer } from '../bot/app.helpers';
import { scratchDir } from '../scratch';

const APP_ID = '11111111-2222-3333-4444-555555555555';

/** A Teams activity: channel, tenant, conversation type, as Teams sends it. */
function teams(extra: Record<string, unknown>, conversationType = 'channel'): Record<string, unknown> {
  return {
    ...message(''),
    channelId: 'msteams',
    recipient: { id: '28:bot-id', name: 'Voortgangsbot' },
    from: { id: '29:user-id', name: 'Raadslid', aadObjectId: 'aad-1' },
    conversation: { id: `19:channel-${Math.random()}@thread.tacv2`, conversationType, tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    ...extra,
  };
}

function invoke(name: string, value: unknown): Record<string, unknown> {
  const activity = teams({ type: 'invoke', name, value });
  delete activity.deliveryMode;
  delete activity.text;
  return activity;
}

describe('Teams', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers an @mention in a channel about the code, without the mention', async () => {
    const { status, body } = await post(
      server.url,
      teams({
        text: '<at>Voortgangsbot</at> wat is 1A2.3?',
        entities: [{ type: 'mention', text: '<at>Voortgangsbot</at>', mentioned: { id: '28:bot-id', name: 'Voortgangsbot' } }],
      }),
    );
    expect(status).toBe(200);
    const reply = body.activities[0];
    expect(reply.text).toContain('1A2.3 Organiseren van verkiezingen');
    const citations = reply.entities.find((e: any) => e.type === 'https://schema.org/Message');
    expect(citations.additionalType).toEqual(['AIGeneratedContent']);
    expect(citations.citation[0]).toMatchObject({ position: 1, appearance: { name: expect.stringContaining('1A2.3') } });
    for (const c of citations.citation) expect(c.appearance.abstract.length).toBeLessThanOrEqual(160);
    expect(Buffer.byteLength(JSON.stringify(reply.attachments))).toBeLessThan(28 * 1024);
  });

  it.each(['Wie organiseert de verkiezingen?', 'who organises the elections?', 'Waarom is de dienstverlening verstoord?'])(
    'answers council members with codes, [n] markers and the citation entity where the website shows plain words: %s',
    async (question) => {
      const { body } = await post(server.url, teams({ text: question }, 'personal'));
      const reply = body.activities[0];
      expect(reply.text).toMatch(/\[1\]/);
      const entity = reply.entities.find((e: any) => e.type === 'https://schema.org/Message');
      expect(entity.additionalType).toEqual(['AIGeneratedContent']);
      expect(entity.citation[0].appearance.url).toMatch(/^https:\/\/bestuursrapportage\.leiden\.nl\//);
      // The report's own terms and codes, in the text or the source names Teams shows.
      expect(`${reply.text}\n${entity.citation.map((c: any) => c.appearance.name).join('\n')}`).toMatch(/\b1[AB]\d?(\.\d)?\b/);
      // Lean: the card says where each passage stands, without quoting it a second time.
      const card = JSON.stringify(reply.attachments);
      expect(card).not.toContain(entity.citation[0].appearance.abstract.replace(/…$/, '').slice(0, 60));
    },
  );

  it('answers in a personal chat', async () => {
    const { body } = await post(server.url, teams({ text: 'welke prestaties vallen onder 1B1?' }, 'personal'));
    expect(body.activities[0].text).toContain('1B1.5');
  });

  it('finds 1A2.3 when the compose box searches "verkiezingen", with a preview and a card per result', async () => {
    const { status, body } = await post(server.url, invoke('composeExtension/query', { commandId: 'searchReport', parameters: [{ name: 'searchQuery', value: 'verkiezingen' }] }));
    expect(status).toBe(200);
    const results = body.composeExtension.attachments;
    expect(results[0].preview.content.title).toContain('1A2.3');
    expect(results[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(results[0].preview.content.tap.value).toMatchObject({ id: '1A2.3' });
  });

  it('searches by goal code, and lists the policy areas for an empty query', async () => {
    const byCode = await post(server.url, invoke('composeExtension/query', { commandId: 'searchReport', parameters: [{ name: 'searchQuery', value: '1b1' }] }));
    expect(byCode.body.composeExtension.attachments.map((a: any) => a.preview.content.title.split(' ')[0])).toEqual(['1B1', '1B1.1', '1B1.2', '1B1.3', '1B1.4', '1B1.5']);
    const empty = await post(server.url, invoke('composeExtension/query', { commandId: 'searchReport', parameters: [{ name: 'initialRun', value: 'true' }] }));
    expect(empty.body.composeExtension.attachments.map((a: any) => a.preview.content.title)).toEqual(['Beleidsterrein 1A Bestuur', 'Beleidsterrein 1B Dienstverlening']);
  });

  it('inserts the full card for a selected result', async () => {
    const { status, body } = await post(server.url, invoke('composeExtension/selectItem', { reportId: '2de-voortgangsrapportage-2022', id: '1A2.3', language: 'nl' }));
    expect(status).toBe(200);
    expect(JSON.stringify(body.composeExtension.attachments[0].content)).toContain('“1A2.3 Organiseren van verkiezingen voor gemeente, provincie, waterschap, Rijk en Europa”');
  });

  it.each([
    ['a query without parameters', 'composeExtension/query', { commandId: 'searchReport' }, /parameters/],
    ['a query for another command', 'composeExtension/query', { commandId: 'other', parameters: [] }, /unknown command "other"/],
    ['a query without a value', 'composeExtension/query', null, /needs a value/],
    ['a selection of a passage that does not exist', 'composeExtension/selectItem', { reportId: 'x', id: 'y' }, /reportId/],
  ])('answers %s with 400 and a reason', async (_, name, value, reason) => {
    const { status, body } = await post(server.url, invoke(name, value));
    expect(status).toBe(400);
    expect(body.error).toMatch(reason);
  });
});

describe('the Teams app package', () => {
  const schema = resolve(__dirname, '..', '..', 'schemas', 'teams-1.29', 'MicrosoftTeams.schema.json');

  it('passes the Teams 1.29 JSON schema', () => {
    expect(validateManifest(buildManifest({ appId: APP_ID, version: '1.0.0', botDomain: 'bot.example.org' }), schema)).toEqual([]);
  });

  it('fails with the schema\'s own messages when the manifest is wrong', () => {
    const manifest = { ...buildManifest({ appId: APP_ID, version: '1.0.0' }), accentColor: 42 };
    delete (manifest as Record<string, unknown>).developer;
    expect(validateManifest(manifest, schema)).toEqual(expect.arrayContaining(["/: must have required property 'developer'", '/accentColor: must be string']));
  });

  it('refuses to write a package without a valid app id, saying why', () => {
    expect(() => writeTeamsPackage({}, '1.0.0')).toThrow(new TeamsPackageError("teams:package: set MicrosoftAppId (in .env or the environment) to the bot's app id"));
    expect(() => writeTeamsPackage({ MicrosoftAppId: 'my-bot' }, '1.0.0')).toThrow(/must be the bot's app id \(a GUID\), not "my-bot"/);
  });

  it('writes a zip of exactly the manifest and the two icons at the right sizes, with the app id from the environment', () => {
    const out = join(scratchDir('vgb-teams-'), 'app.zip');
    expect(writeTeamsPackage({ MicrosoftAppId: APP_ID, TEAMS_PACKAGE: out, TEAMS_SCHEMA: schema }, '1.2.3')).toBe(out);
    const zip = new AdmZip(out);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json'));
    expect(manifest).toMatchObject({ id: APP_ID, version: '1.2.3', bots: [{ botId: APP_ID }] });
    const size = (name: string) => {
      const png = PNG.sync.read(zip.readFile(name)!);
      return [png.width, png.height];
    };
    expect(size('color.png')).toEqual([192, 192]);
    expect(size('outline.png')).toEqual([32, 32]);
    // The outline icon is white on transparency: every visible pixel is white.
    const outline = PNG.sync.read(zip.readFile('outline.png')!);
    for (let i = 0; i < outline.data.length; i += 4) if (outline.data[i + 3] > 0) expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
    expect(readFileSync(out).length).toBeGreaterThan(0);
  });
});
