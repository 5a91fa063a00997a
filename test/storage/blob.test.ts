import { BlobsStorage } from 'botbuilder-azure-blobs';
import { BlobStateStorage } from '../../src/storage/blob';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faultyAzurite, startAzurite, type Azurite } from '../bot/azurite.helpers';

describe('BlobStateStorage on azurite', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  }, 60_000);
  afterAll(() => azurite?.stop());

  it('keeps BlobsStorage\'s layout: each reads what the other wrote, eTags included', async () => {
    const ours = new BlobStateStorage(azurite.connectionString, 'layout');
    const theirs = new BlobsStorage(azurite.connectionString, 'layout');
    await ours.write({ 'emulator/conversations/a b': { question: 'financiële ruimte 👍', eTag: '*' } });
    const read = await theirs.read(['emulator/conversations/a b']);
    expect(read['emulator/conversations/a b']).toMatchObject({ question: 'financiële ruimte 👍' });
    await theirs.write({ 'directline/x': { n: 1, eTag: '*' } });
    const back = await ours.read(['directline/x', 'missing']);
    expect(Object.keys(back)).toEqual(['directline/x']);
    expect(back['directline/x']).toMatchObject({ n: 1 });
    // Optimistic concurrency: a write with a stale eTag is refused as a conflict.
    await ours.write({ 'directline/x': { ...back['directline/x'], n: 2 } });
    await expect(ours.write({ 'directline/x': { ...back['directline/x'], n: 3 } })).rejects.toThrow(/eTag conflict/);
    await ours.delete(['directline/x', 'missing']);
    expect(await theirs.read(['directline/x'])).toEqual({});
  });

  it('creates its container on the first call after a failed attempt, instead of failing for good', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vgb-blob-late-'));
    const late = await faultyAzurite(dir, { started: false });
    try {
      const storage = new BlobStateStorage(late.connectionString, 'created-late');
      await expect(storage.read(['k'])).rejects.toThrow();
      await late.start();
      await storage.write({ k: { v: 1, eTag: '*' } });
      expect(await storage.read(['k'])).toMatchObject({ k: { v: 1 } });
    } finally {
      await late.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
