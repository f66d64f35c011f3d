// Spreadsheet formula injection: Excel runs a cell that starts with = + - or @ as a formula, so a
// company name like "=HYPERLINK(...)" from some imported file must not reach Excel as one. Export
// prefixes such cells with an apostrophe (OWASP's advice, https://owasp.org/www-community/attacks/CSV_Injection);
// import takes exactly that apostrophe off again, so that export -> import gives back every name.
// Names that themselves start with apostrophes before such a character get one more, so the rule
// is reversible for every string.

const GUARDED = /^'*[=+\-@\t\r]/
const WITH_GUARD = /^'+[=+\-@\t\r]/

export const addFormulaGuard = (cell: string): string => (GUARDED.test(cell) ? `'${cell}` : cell)

export const stripFormulaGuard = (cell: string): string => (WITH_GUARD.test(cell) ? cell.slice(1) : cell)
