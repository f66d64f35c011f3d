// Spreadsheet formula injection: Excel runs a cell that starts with = + - or @ (or a tab or carriage
// return) as a formula, so a company name like "=HYPERLINK(...)" from some imported file must not
// reach Excel as one. Export puts an apostrophe before such a start (OWASP's advice,
// https://owasp.org/www-community/attacks/CSV_Injection), and not only at the cell's start: after
// leading spaces, and after every ";", ",", tab, line break or quote inside the cell, because a spreadsheet that splits the
// line on the other separator (Excel with English regional settings reads "," where we wrote ";")
// starts a new cell there, and quoting does not help a quote that is not at a field's start.
// Import takes exactly that apostrophe off again. A start that already has apostrophes before the
// character gets one more, so the rule is reversible for every string and export -> import gives
// back every name (test/unit/portfolio/csv-property.test.ts).

/** A cell start: the cell's own start or a separator, then spaces, apostrophes and a formula character. */
// The start is looked behind, not matched, so that a tab or line break can both start a cell and be
// the formula character of the cell before it.
const GUARDED = /(?<=^|[;,\t\r\n"])( *)('*)(?=[=+\-@\t\r])/g
const WITH_GUARD = /(?<=^|[;,\t\r\n"])( *)'('*)(?=[=+\-@\t\r])/g

export const addFormulaGuard = (cell: string): string => cell.replace(GUARDED, "$1'$2")

export const stripFormulaGuard = (cell: string): string => cell.replace(WITH_GUARD, '$1$2')
