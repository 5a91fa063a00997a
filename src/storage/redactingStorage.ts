// A Storage that redacts personal data (BSN, e-mail, phone, IBAN) from everything written through it.

import type { Storage, StoreItems } from 'botbuilder';
import { redactDeep } from '../privacy/redactDeep';

/** Wraps a storage so that no write carries personal data; reads pass through. */
export class RedactingStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    const clean: StoreItems = {};
    // The caller's objects stay as they are: BotState compares them with what it read, by hash.
    for (const [key, item] of Object.entries(changes)) clean[key] = redactDeep(item);
    return this.inner.write(clean);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
