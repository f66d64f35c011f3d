// Text normalisation shared by the page classifier, its pattern data and the mandate reader.

/** Lower case, diacritics removed, whitespace collapsed: "Pääsy  EVÄTTY" -> "paasy evatty". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * The words of a text, for whole-word phrase matching: normalised, every run of characters that
 * is not a letter or digit turned into one space, padded with a space on both sides:
 * "Istunto on vanhentunut!" -> " istunto on vanhentunut ".
 */
export function wordText(text: string): string {
  // The patterns' words are [a-z0-9] only (pattern-check.ts), so anything else can be a space;
  // plain (non-unicode) regular expressions keep this fast on the 20 000 characters of a page.
  return ` ${text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()} `
}
