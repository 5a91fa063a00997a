// Redaction of personal data before anything is written: BSN (elfproef), e-mail, phone, IBAN,
// postcode with house number, dates of birth — in the forms people type them.

/**
 * A nine-digit number that passes the elfproef is a BSN (burgerservicenummer); so is an
 * eight-digit one, an older BSN written without its leading zero.
 */
export function looksLikeBsn(digits: string): boolean {
  if (/^\d{8}$/.test(digits)) digits = `0${digits}`;
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && sum !== 0;
}

/** True when the IBAN (without spaces) passes its mod-97 check. */
export function validIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/** `@` as people disguise it: (at), [at], {at}, " at " between brackets. */
const AT = String.raw`(?:@|\s?[([{]\s?(?:at|apenstaartje)\s?[)\]}]\s?)`;
const DOT = String.raw`(?:\.|\s?[([{]\s?(?:dot|punt)\s?[)\]}]\s?)`;
const EMAIL = new RegExp(String.raw`[\p{L}\p{N}._%+-]+${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}\p{L}{2,}`, 'giu');
/** A candidate IBAN: country, check digits, then letters and digits, in groups or not, with spaces or dashes. */
const IBAN = /\b[A-Z]{2}[\s-]?\d{2}(?:[\s-]?[A-Z0-9]){11,30}/gi;
/** A Dutch IBAN by its shape (bank code of four letters), also when a typo breaks its check digits. */
const NL_IBAN_SHAPE = /^NL\d{2}[A-Z]{4}\d{10}$/i;
/** Nine digits, perhaps grouped (123 456 782, 1234.56.782), or eight in a row (12345672). */
const NUMBER_RUN = /(?<![\d])(?:\d(?:[\s.-]?\d){8}|\d{8})(?![\d])/g;
/** A run that may be a phone number: digits with spaces, dots, dashes, slashes and brackets. */
const PHONE_RUN = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d[\d\s().\/-]{6,24}\d(?![\p{L}\p{N}])/gu;
/** Postcode (1234 AB) with a house number (12, 12a, 12-3), or a postcode on its own. */
const POSTCODE = /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b([\s,]{1,3}\d{1,5}(?:\s?-?\s?[a-zA-Z]{1,2}\b|\s?-\s?\d{1,4}\b)?)?/g;
const MONTHS = 'jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|march|mrt|mar|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = String.raw`(?:\d{1,2}[-/.\s]\d{1,2}[-/.\s](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\s(?:${MONTHS})\.?\s(?:19|20)\d{2})`;
/** A date after a word that says it is a birth date ("geboren op 3 mei 1985", "DOB: 03-05-1985"). */
const BIRTH_DATE = new RegExp(String.raw`\b(geboren|geb\.|geboortedatum|geboorte datum|born|birth ?date|date of birth|d\.?o\.?b\.?)([\s:,]*(?:op|on|de|the)?\s*)${DATE}`, 'gi');
/** A full date in the twentieth century: a report about 2022 has none a user needs to give. */
const OLD_DATE = new RegExp(String.raw`(?<![\d])(?:\d{1,2}[-/.]\d{1,2}[-/.]19\d{2}|19\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\s(?:${MONTHS})\.?\s19\d{2})(?![\d])`, 'gi');

/** The label for a phone-number run, or undefined when it is not one (years, amounts, codes). */
function phoneLabel(run: string): string | undefined {
  const digits = run.replace(/\D/g, '');
  if (/^0[1-9]\d{8}$/.test(digits)) return '[telefoon]'; // 071 516 51 65, 06-12345678
  if (/^(?:\+|00)/.test(run.trim()) && digits.replace(/^00/, '').length >= 9 && digits.replace(/^00/, '').length <= 15) return '[telefoon]';
  if (/^310?[1-9]\d{8}$/.test(digits) && /^\(?(?:\+|00)?31/.test(run.trim())) return '[telefoon]';
  return undefined;
}

/** IBAN lengths of the SEPA countries people here bank with: a candidate is cut to its country's length. */
const IBAN_LENGTHS: Record<string, number> = {
  NL: 18, BE: 16, DE: 22, LU: 20, FR: 27, GB: 22, IE: 22, ES: 24, PT: 25, IT: 27, AT: 20, CH: 21, DK: 18, SE: 24, NO: 15, FI: 18, PL: 28, CZ: 24, GR: 27, TR: 26,
};

/** Redacts the IBAN at the start of `candidate` (its country's length, passing mod 97 or shaped as a Dutch one); leaves the rest. */
function redactIban(candidate: string): string {
  const length = IBAN_LENGTHS[candidate.slice(0, 2).toUpperCase()];
  if (!length) return candidate;
  let end = 0;
  for (let count = 0; end < candidate.length && count < length; end++) if (/[A-Z0-9]/i.test(candidate[end])) count++;
  const compact = candidate.slice(0, end).replace(/[\s-]/g, '');
  if (compact.length !== length || /[A-Z0-9]/i.test(candidate[end] ?? '')) return candidate;
  return validIban(compact) || NL_IBAN_SHAPE.test(compact) ? `[IBAN]${candidate.slice(end)}` : candidate;
}

/**
 * Replaces personal data in text by labels such as `[e-mail]`, so records hold none.
 * The text is first normalised (NFKC), so full-width digits (１２３…) are caught as digits.
 */
export function redact(text: string): string {
  return text
    .normalize('NFKC')
    .replace(EMAIL, '[e-mail]')
    .replace(IBAN, redactIban)
    .replace(BIRTH_DATE, (_m, word: string, between: string) => `${word}${between}[geboortedatum]`)
    .replace(OLD_DATE, '[geboortedatum]')
    .replace(POSTCODE, (_m, houseNumber?: string) => (houseNumber ? '[adres]' : '[postcode]'))
    .replace(PHONE_RUN, (m) => phoneLabel(m) ?? m.replace(NUMBER_RUN, (n) => (looksLikeBsn(n.replace(/\D/g, '')) ? '[BSN]' : n)))
    .replace(NUMBER_RUN, (m) => (looksLikeBsn(m.replace(/\D/g, '')) ? '[BSN]' : m));
}

/** True when the text holds anything {@link redact} would remove. */
export function hasPersonalData(text: string): boolean {
  return redact(text) !== text.normalize('NFKC');
}
