// Words that carry no meaning for retrieval, in Dutch and English (folded: no diacritics).

const DUTCH = `aan al alle alles als alsjeblieft alstublieft ben bent bij daar dan dat de deze die dit doe doen doet door dus een eens en er even ga gaan gaat geef geeft geen graag had heb hebben heeft het hier hij hoe hoeveel hun ik in is ja je jij jou jouw kan kun kunnen kunt laat maar me mee meer mij mijn moet moeten mogen naar nee niet nog nou nu of om onder ons onze ook op over staat staan te tegen ten ter tot u uit uw van veel vertel voor waar waarom wanneer wat we wel welk welke wie wij wil wilt word wordt worden ze zal zeg zeggen zich zij zijn zo zou zouden zoals iets iemand hem haar daarover hierover erover graag weten met volgens zonder tussen tijdens sinds na per binnen buiten boven achter af toe omdat hoewel zodat terwijl waren werden hadden kon konden mocht wilde hen welk ieder iedere elk elke zelf toch reeds gebeurt gebeuren regelt regelen geregeld zit zitten krijg krijgen krijgt eigenlijk precies momenteel moment tegenwoordig vind vindt denk betekent betekenis bedoelt bedoeld staan beetje soort ding dingen hele heel echt allemaal gedaan wordt waaraan waarmee waarover hoezo uitleg uitleggen leg zeg zie zien lees lezen kijk kijken vertellen jullie ikzelf ermee daarmee`;

const ENGLISH = `a about an and any are as at be been being by can could did do does doing for from give has have he her his how i if in into is it its know let me my of on or our please say she should show some tell than that the their them there these they this those to us was we were what when where which who whom why will with would you your i'm want up down out off over must under after before within without since until during between because while then whether whose among amongst upon towards shall may might cannot currently actually exactly happening going get got need needs regarding concerning mean means meant explain according tell told look find see read thing things really just also like does doing done is its it's i'd there's what's`;

/** Dutch function words (also evidence of a Dutch question). */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(DUTCH.split(/\s+/));
/** English function words (also evidence of an English question). */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/));
/** Function words dropped from documents and questions. */
export const STOPWORDS: ReadonlySet<string> = new Set([...DUTCH_STOPWORDS, ...ENGLISH_STOPWORDS]);

/**
 * Words every passage of this corpus is about (the municipality, the report itself): dropped from
 * questions so that "wat doet de gemeente Leiden aan het weer?" is not answered for "gemeente".
 */
export const DOMAIN_WORDS: ReadonlySet<string> = new Set(
  `gemeente gemeentes leiden leidse municipality city town report rapport rapportage voortgangsrapportage progress bot voortgangsbot programma programme program dit this stadhuis gemeentehuis stadskantoor hall cities municipal gemeentelijk gemeentelijke`.split(/\s+/),
);

/**
 * Common verbs, adjectives and adverbs of questions ("behandelt", "responsible", "many"). In a
 * question they count only when the report itself uses them: a question is not out of scope
 * because it says "who is responsible", but it is when its subject ("jeugdzorg") is unknown.
 */
export const FILLER: ReadonlySet<string> = new Set(
  `
  aanvragen aanvraag aangevraagd behandelt behandelen behandeld verantwoordelijk verantwoordelijkheid betrokken horen hoort
  belangrijk belangrijkste groot grote klein kleine nieuw nieuwe oud oude goed goede slecht slechte beter best veel vele weinig zoveel
  vaak soms altijd nooit nog steeds alweer weer al snel snelle lang lange kort korte hoog hoge laag lage erg zeer heel echt precies
  verlopen verloopt verlengen vernieuwen ophalen halen brengen regelen krijgen geven nemen maken gemaakt doen zetten zet gezet komen komt
  kwam gaan ging gegaan gedaan lukt lukken werken werkt gewerkt zorgen zorgt helpen helpt geholpen vinden vindt gevonden houden houdt
  zoeken zoek zoekt gebruiken gebruikt willen wil wilde kunnen mogen moeten zullen staan stond hebben had gehad worden geworden
  plannen gepland bezig bezighouden houdt bedoeling precies ongeveer hoeveelheid aantal keer keren jaar jaren maand maanden week weken dag dagen
  vandaag morgen gisteren nu straks later eerder volgend vorig vorige huidige huidig actueel actuele laatste eerste tweede
  ervoor erbij ermee eraan erin hiervoor daarvoor waarvoor waarbij waarin waaraan welk precies specifiek algemeen algemene
  concreet concrete mogelijk mogelijke mogelijkheid mogelijkheden manier manieren wijze hoezo enz etc enzovoort bijvoorbeeld
  responsible responsibility involved involve belong belongs belonging handle handles handled deal deals dealt take takes taken
  many much more most less few lot lots very too so such other others another same different various several some every each
  important main big small large new old good bad better best well often sometimes always never still already again soon long short
  high low quick quickly fast slow current currently latest last first second next previous recent recently now today tomorrow
  yesterday year years month months week weeks day days time times number amount kind type way ways example examples
  make makes made get gets getting got go goes went gone come comes came work works worked working help helps helped find finds found
  keep keeps use uses used using want wants wanted need needs needed try tries tried plan plans planned happen happens happened
  going doing done able possible possibly specific specifically general generally exactly actually really just also even only
  apply applying applied renew renewing renewal expire expired expires extend extending collect collecting pick pickup
  klopt klopte true correct juist waar een twee drie vier vijf zes zeven acht negen tien one two three four five six seven eight nine ten
  normaal normal back again vast fixed alles everything anything something nothing niets
  taak taken task tasks job duty duties minstens tenminste minimaal maximaal ongeveer zowat at least
  waarom oorzaak oorzaken reden redenen waardoor why cause causes caused reason reasons
  terecht kwijt gestolen verloren lost stolen missing broken kapot
  happening affected affect affects impact impacts offer offers offered provide provides provided arrange arranged organise organises organize organizes organised organized run runs
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Common verbs, as infinitive (Dutch) or base form (English): their inflected forms join {@link FILLER}. */
const COMMON_VERBS_NL = `komen gaan doen maken zien krijgen geven nemen staan liggen zitten houden blijven brengen denken vinden zeggen
  spelen lopen leven kopen zoeken tonen laten zetten leggen halen regelen helpen proberen beginnen stoppen eindigen veranderen
  ontwikkelen bereiken bijeenkomen controleren beheren aanpakken voorkomen gebruiken hebben worden kunnen moeten willen mogen zullen
  weten kennen begrijpen uitleggen vertellen lezen schrijven horen luisteren ontvangen versturen gebeuren lukken duren verlopen
  functioneren presteren betekenen inhouden omvatten bevatten beschrijven noemen vermelden rapporteren vallen behoren betreffen
  plannen streven werken zorgen stellen leveren krijgen hopen verwachten merken missen vergeten terugkomen doorgeven opgeven
  aanmelden afmelden invullen indienen opsturen bellen mailen bezoeken langskomen ophalen brengen terugkrijgen wachten bieden aanbieden wijzigen aanpassen opgeven`;
const COMMON_VERBS_EN = `be have do say get make go know take see come think look want give use find tell ask work seem feel try leave
  call need become mean keep let begin help show hear play run live believe bring happen write provide sit stand lose include
  continue set learn change lead understand watch follow stop create speak read allow add spend grow offer remember consider
  appear buy wait serve send expect build stay fall cut reach remain suggest raise pass require decide achieve handle manage
  deal ensure cause cover describe explain list mention state contain belong involve aim intend hope plan operate function
  perform affect address tackle fix solve prevent face experience receive contact visit register apply renew collect pick fetch obtain request hold suffer`;

function dutchForms(verb: string): string[] {
  const doubled = /([^aeiou])\1en$/.test(verb); // zeggen → zeg: a short vowel stays short
  const stem = verb.replace(/en$/, '').replace(/([^aeiou])\1$/, '$1');
  const long = !doubled && /[^aeiou][aeiou][^aeiou]$/.test(stem) ? stem.replace(/([aeiou])([^aeiou])$/, '$1$1$2') : stem;
  // Verbs with a prefix (vertellen, behandelen) form the participle without ge-: verteld.
  return [...new Set([stem, long])].flatMap((s) => [verb, s, `${s}t`, `${s}d`, `${s}te`, `${s}ten`, `${s}de`, `${s}den`, `ge${s}d`, `ge${s}t`]);
}

function englishForms(verb: string): string[] {
  const base = verb.replace(/e$/, '');
  return [verb, `${verb}s`, `${verb}es`, `${base}ed`, `${verb}d`, `${base}ing`, `${verb.replace(/y$/, 'ies')}`, `${verb.replace(/y$/, 'ied')}`];
}

/** Inflected forms of common verbs: questions use them, but they never name a topic of their own. */
export const COMMON_VERB_FORMS: ReadonlySet<string> = new Set([
  ...COMMON_VERBS_NL.split(/\s+/).filter(Boolean).flatMap(dutchForms),
  ...COMMON_VERBS_EN.split(/\s+/).filter(Boolean).flatMap(englishForms),
]);
