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
  return ` ${normalise(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
}
