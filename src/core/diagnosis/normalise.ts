// Theme names match case- and whitespace-insensitively, in Finnish or Swedish (contract §3).
// NFC first, so that "ä" typed as a + combining diaeresis matches the precomposed letter.

export function normaliseName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}
