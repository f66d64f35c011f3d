// Theme names match case- and whitespace-insensitively, in Finnish or Swedish (contract §3).
// NFC first, so that "ä" typed as a + combining diaeresis matches the precomposed letter.
// The same few dozen names recur across a portfolio, so results are memoised (bounded).

const memo = new Map<string, string>()
const MEMO_LIMIT = 10_000

export function normaliseName(name: string): string {
  let normalised = memo.get(name)
  if (normalised === undefined) {
    normalised = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(name, normalised)
  }
  return normalised
}
