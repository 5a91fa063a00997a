// Which language to answer in: the question's own words first, the channel's locale second.

import { words } from '../search/analyzer';
import type { Language } from './answer';

const ENGLISH = new Set(
  `the what which who whom how why when where does do did are were can could would should will please tell me about of and for with under fall falls there any this that these those you your my i list show give explain mean means status progress goals goal performances council elections passport service services delivery mission committee portfolio portfolios policy area areas hello hi hey thanks thank bye goodbye report say says plans number have has`.split(' '),
);
const DUTCH = new Set(
  `de het een wat welke wie hoe waarom wanneer waar doet doen zijn kan kun kunt zou moet wil graag vertel mij over van en voor met onder valt vallen er zijn dit dat deze die jij je u uw mijn ik lijst laat zien geef uitleg betekent stand zaken doelen doel prestaties prestatie gemeenteraad verkiezingen paspoort dienstverlening missie commissie portefeuille portefeuilles beleidsterrein beleidsterreinen hallo hoi dag bedankt dank doei welkom staat niet geen ook nog hebben heeft`.split(' '),
);

/**
 * The answer language: English when the question reads as English, Dutch when it reads as Dutch,
 * otherwise the locale's (`en-GB` → English), and Dutch when nothing tells.
 */
export function detectLanguage(question: string, locale?: string): Language {
  let en = 0;
  let nl = 0;
  for (const w of words(question)) {
    if (ENGLISH.has(w)) en++;
    if (DUTCH.has(w)) nl++;
  }
  if (en > nl) return 'en';
  if (nl > en) return 'nl';
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
