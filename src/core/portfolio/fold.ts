// Case- and diacritic-insensitive text for matching headers and searching names: "Yhtiö" and
// "yhtio" are the same key. Finnish users type "a" for "ä" when searching, and exports spell
// headers with or without diacritics.

/** Lower case, without diacritics, whitespace collapsed. */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Only letters and digits of the folded text: "Y-tunnus" -> "ytunnus", "FO-nr." -> "fonr". */
export function foldKey(value: string): string {
  return foldText(value).replace(/[^\p{L}\p{N}]+/gu, '')
}
