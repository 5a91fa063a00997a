// Options merged over defaults, MiniSearch style: one documented defaults object per module.

/**
 * `{ ...defaults, ...options }`, except that an option set to `undefined` keeps its default: a
 * setting read from an unset environment variable must not blank the default out.
 *
 * @example withDefaults({ cacheSize: 0, minCoverage: 0.5 }, { cacheSize: 100, minCoverage: undefined }) // { cacheSize: 100, minCoverage: 0.5 }
 */
export function withDefaults<T extends object>(defaults: T, options: { [K in keyof T]?: T[K] | undefined } | undefined): T {
  const merged = { ...defaults };
  for (const [key, value] of Object.entries(options ?? {})) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  return merged;
}
