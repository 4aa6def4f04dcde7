/**
 * The PostgreSQL text search configuration a ticket's words are stemmed with. Tickets carry no
 * language, so it is told from their most common short words; a text that shows none of these
 * languages clearly is indexed word for word (`simple`), which still finds whole words.
 */
const STOP_WORDS = {
  english: ['the', 'and', 'is', 'it', 'to', 'my', 'with', 'not', 'you', 'this', 'for', 'have', 'was', 'since', 'please'],
  german: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'mit', 'ein', 'eine', 'bitte', 'seit', 'mein', 'meine', 'wir'],
  french: ['le', 'la', 'les', 'et', 'est', 'pas', 'je', 'une', 'des', 'mon', 'ma', 'avec', 'depuis', 'pour', 'merci'],
  spanish: ['el', 'los', 'las', 'y', 'es', 'no', 'yo', 'una', 'mi', 'con', 'desde', 'para', 'por', 'gracias', 'que'],
  italian: ['il', 'gli', 'e', 'non', 'sono', 'una', 'mio', 'mia', 'con', 'della', 'per', 'grazie', 'che', 'ho', 'da'],
  dutch: ['de', 'het', 'en', 'niet', 'ik', 'een', 'mijn', 'met', 'sinds', 'voor', 'bedankt', 'van', 'dat', 'wij', 'graag'],
  portuguese: ['o', 'os', 'e', 'não', 'eu', 'uma', 'meu', 'minha', 'com', 'desde', 'para', 'obrigado', 'que', 'do', 'da'],
} as const;

export type TicketLanguage = keyof typeof STOP_WORDS | 'simple';

/** Every configuration a ticket may be indexed with: a text query is read in each of them. */
export const TICKET_LANGUAGES: readonly TicketLanguage[] = [...(Object.keys(STOP_WORDS) as (keyof typeof STOP_WORDS)[]), 'simple'];

const LOOKUP = new Map<string, (keyof typeof STOP_WORDS)[]>();
for (const [language, words] of Object.entries(STOP_WORDS) as [keyof typeof STOP_WORDS, readonly string[]][]) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** Words looked at: enough to tell the language, few enough to cost nothing per ticket. */
const SAMPLE_WORDS = 200;

export function ticketLanguage(text: string): TicketLanguage {
  const hits = new Map<TicketLanguage, number>();
  const words = text.toLowerCase().split(/[^\p{L}]+/u, SAMPLE_WORDS);
  for (const word of words) for (const language of LOOKUP.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  let best: TicketLanguage = 'simple';
  let most = 1;
  for (const [language, count] of hits) if (count > most) [best, most] = [language, count];
  return best;
}
