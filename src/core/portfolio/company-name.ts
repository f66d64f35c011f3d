// A client's name as the portfolio keeps it: the name registered for its Y-tunnus (public
// business register data, YTJ). For a sole trader that name may contain the trader's own name;
// it is still the business's registered name, which the user needs to recognise the client.
// Never a personal identity code, and never a contact person: import ignores columns such as
// "Yhteyshenkilö" (see csv/headers.ts).
import { containsIdentityCode } from './identity-code.ts'

export const MAX_NAME_LENGTH = 200

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The stored form of a typed or imported name: well-formed Unicode in NFC (macOS exports NFD),
 * invisible format characters (BOM, zero-width space) dropped, every run of whitespace and
 * control characters (line breaks from a quoted cell, tabs, no-break spaces) one space, trimmed.
 */
export function normaliseCompanyName(raw: string): string {
  return raw
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\p{Cf}+/gu, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .normalize('NFC')
    .trim()
}

/**
 * Words of printable ASCII and Latin-1 letters and signs (no controls, no no-break space, no soft
 * hyphen, a Cf character) with single spaces between: normaliseCompanyName leaves these as they
 * are (none of their characters changes under NFC), so a stored list of 2,000 clients is checked
 * without normalising each name (2 ms of the portfolio page's first render, cold).
 */
const PLAIN_NAME = /^[!-~\u00A1-\u00AC\u00AE-\u00FF]+(?: [!-~\u00A1-\u00AC\u00AE-\u00FF]+)*$/

export const isNormalisedCompanyName = (name: string): boolean => name.length > 0 && (PLAIN_NAME.test(name) || normaliseCompanyName(name) === name)

export type NameProblem = 'too-long' | 'identity-code'

export function companyNameProblem(name: string): NameProblem | null {
  if (containsIdentityCode(name)) return 'identity-code'
  if (name.length > MAX_NAME_LENGTH) return 'too-long'
  return null
}
