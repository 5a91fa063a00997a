// Cognates: an English word the English side does not know, read as the Dutch word regular
// English→Dutch morphology makes of it (radicalisation → radicalisering, criminality → criminaliteit).

/**
 * English endings and the Dutch endings they regularly become, longest first. Each rule is tried on
 * the word as written and on its singular; the Dutch candidates are only guesses until the report's
 * vocabulary confirms one (see {@link cognateCandidates}).
 */
const SUFFIXES: [string, string[]][] = [
  ['isations', ['iseringen', 'isaties']],
  ['izations', ['iseringen', 'isaties']],
  ['isation', ['isering', 'isatie']],
  ['ization', ['isering', 'isatie']],
  ['ication', ['icatie', 'ificatie']],
  ['ation', ['atie', 'ering']],
  ['ition', ['itie']],
  ['ution', ['utie']],
  ['ction', ['ctie', 'ktie']],
  ['ssion', ['ssie']],
  ['sion', ['sie']],
  ['tion', ['tie']],
  ['ising', ['isering', 'iseren']],
  ['izing', ['isering', 'iseren']],
  ['ise', ['iseren']],
  ['ize', ['iseren']],
  ['ity', ['iteit']],
  ['ism', ['isme']],
  ['ist', ['ist', 'istisch', 'istische']],
  ['ical', ['isch', 'ische', 'icaal']],
  ['ics', ['iek']],
  ['ic', ['isch', 'ische', 'iek']],
  ['ive', ['ief', 'ieve']],
  ['ure', ['uur']],
  ['ance', ['antie', 'ans']],
  ['ence', ['entie', 'ens']],
  ['ency', ['entie']],
  ['ancy', ['antie']],
  ['acy', ['atie']],
  ['phy', ['fie']],
  ['gy', ['gie']],
  ['my', ['mie']],
  ['ry', ['rie']],
  ['ial', ['iaal', 'iele']],
  ['al', ['aal', 'ale']],
  ['ate', ['aat']],
  ['or', ['or', 'eur']],
];

/**
 * English words whose Dutch look-alike means something else (false friends): a Dutch report's
 * "directie" is the management, not a direction; "actueel" is current, not actual.
 */
const FALSE_FRIENDS = new Set([
  'direction', 'directions', 'actual', 'actually', 'eventual', 'eventually', 'sensible', 'genial', 'brave',
  'concurrence', 'consequent', 'consequently', 'critic', 'critics', 'novel', 'fabric', 'preservative',
  'ordinary', 'physician', 'undertaker', 'eventuality', 'historic', 'sympathetic', 'pregnant', 'lecture',
  'relation', 'relations', 'relative', 'relatively', 'station', 'stations', 'figure', 'figures', 'formation',
]);

/** Words shorter than this are never read as cognates: short words collide by chance. */
export const MIN_COGNATE_LENGTH = 6;

/**
 * The spellings English uses where Dutch writes otherwise: c before a, o, u or a consonant is k
 * (climate → klimaat), qu is kw (quality → kwaliteit), ph is f, th is t, ou is oe (tourism → toerisme).
 * Every combination is returned, the word as written first.
 */
function spellings(stem: string): string[] {
  const out = new Set([stem]);
  const rules: [RegExp, string][] = [
    [/c(?=[aoulrt]|$)/g, 'k'],
    [/qu/g, 'kw'],
    [/ph/g, 'f'],
    [/th/g, 't'],
    [/ou/g, 'oe'],
    [/y(?=[^aeiou])/g, 'i'],
  ];
  for (const [pattern, replacement] of rules) for (const s of [...out]) out.add(s.replace(pattern, replacement));
  return [...out];
}

/**
 * The Dutch words an English word may be a cognate of, by its ending: `radicalisation` →
 * radicalisering, radicalisatie, …; `criminality` → criminaliteit; `economy` → economie. Raw
 * guesses: the caller keeps only those the report's vocabulary has. Empty for short words, false
 * friends and words without a known ending.
 */
export function cognateCandidates(word: string): string[] {
  if (word.length < MIN_COGNATE_LENGTH || FALSE_FRIENDS.has(word) || !/^[a-z]+$/.test(word)) return [];
  const forms = new Set([word]);
  if (word.endsWith('ies')) forms.add(`${word.slice(0, -3)}y`);
  else if (/[^siu]s$/.test(word)) forms.add(word.slice(0, -1));
  const out = new Set<string>();
  for (const form of forms) {
    for (const [ending, dutch] of SUFFIXES) {
      if (!form.endsWith(ending) || form.length - ending.length < 3) continue;
      for (const stem of spellings(form.slice(0, -ending.length))) for (const d of dutch) out.add(stem + d);
      break;
    }
  }
  out.delete(word);
  return [...out];
}
