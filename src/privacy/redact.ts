// Redaction of personal data before anything is written: BSN (elfproef), e-mail, phone, IBAN.

/** A nine-digit number that passes the elfproef is a BSN (burgerservicenummer). */
export function looksLikeBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && sum !== 0;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** IBAN: country, check digits, then groups of four (NL91 ABNA 0417 1643 00 or NL91ABNA0417164300). */
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi;
/** Dutch and international phone numbers: 06-12345678, +31 71 516 5165, 071 5165165, 0031…. */
const PHONE = /(?<![\d])(?:\+|00)?(?:31[\s.-]?)?\(?0?\)?[1-9](?:[\s.-]?\d){7,9}(?![\d])/g;
const NUMBER_RUN = /(?<![\d])\d(?:[\s.-]?\d){8}(?![\d])/g;

/** Replaces personal data in text by labels such as `[e-mail]`, so transcripts hold none. */
export function redact(text: string): string {
  return text
    .replace(EMAIL, '[e-mail]')
    .replace(IBAN, (m) => (/\d{2}/.test(m.slice(2, 4)) && /[A-Z]{4}/i.test(m.replace(/\s/g, '').slice(4, 8)) ? '[IBAN]' : m))
    .replace(NUMBER_RUN, (m) => (looksLikeBsn(m.replace(/\D/g, '')) ? '[BSN]' : m))
    .replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 9 ? '[telefoon]' : m));
}

/** True when the text holds anything {@link redact} would remove. */
export function hasPersonalData(text: string): boolean {
  return redact(text) !== text;
}
