// A Storage that redacts personal data (BSN, e-mail, phone, IBAN) from everything written through it.

import type { Storage, StoreItems } from 'botbuilder';
import { redactDeep } from '../privacy/redactDeep';
import { answersAtOnce } from './guard';

/** Wraps a storage so that no write carries personal data; reads pass through. */
export class RedactingStorage implements Storage {
  /** The storage inside is in memory: calls through this one cannot hang either. */
  readonly answersAtOnce: boolean;

  constructor(private readonly inner: Storage) {
    this.answersAtOnce = answersAtOnce(inner);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    const clean: StoreItems = {};
    // The caller's objects stay as they are (redactDeep copies what it changes): the state compares them with what it read.
    for (const [key, item] of Object.entries(changes)) clean[key] = redactDeep(item);
    return this.inner.write(clean);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
