import { withDefaults } from '../src/options';

describe('options over defaults', () => {
  it('takes every option that is set, and keeps the default of one left undefined', () => {
    expect(withDefaults({ a: 1, b: 'x', c: true }, { a: 2, b: undefined })).toEqual({ a: 2, b: 'x', c: true });
  });

  it('keeps a set falsy option (0, empty text, false) over its default', () => {
    expect(withDefaults({ a: 1, b: 'x', c: true }, { a: 0, b: '', c: false })).toEqual({ a: 0, b: '', c: false });
  });

  it('returns a copy, leaving the defaults alone', () => {
    const defaults = { a: 1 };
    withDefaults(defaults, { a: 2 });
    expect(defaults).toEqual({ a: 1 });
  });
});
