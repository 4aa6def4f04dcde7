/** Words that belong to the family name that follows them ("Ludwig van der Rohe"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'bin', 'ibn', 'al', 'el', 'mac', 'st.']);

export interface NameParts {
  firstName: string;
  lastName: string;
}

/**
 * First and last name from a display name, for the create pop-up (PRODUCT.md §4.1).
 * "García Lorca, Federico" is already last-name-first; a single word is a last name
 * because CRMs require the last name (Salesforce Contact/Lead LastName).
 */
export function splitName(displayName: string): NameParts {
  const clean = displayName.replace(/\s+/g, ' ').trim();
  if (clean === '') return { firstName: '', lastName: '' };
  const comma = clean.indexOf(',');
  if (comma !== -1) {
    return { lastName: clean.slice(0, comma).trim(), firstName: clean.slice(comma + 1).trim() };
  }
  const words = clean.split(' ');
  if (words.length === 1) return { firstName: '', lastName: words[0] };
  // The family name starts at the first particle after the first word, else at the last word.
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (PARTICLES.has(words[i].toLowerCase())) {
      start = i;
      break;
    }
  }
  return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') };
}
