// A Y-tunnus as people type or export it -> the canonical form, and what had to change, so the
// preview can say "leading zero added" rather than silently altering a row. The check itself is
// the contract's (src/core/contract/business-id.ts, finnish-business-ids).
import { businessIdProblem, isUnissuedBusinessId, normaliseBusinessId } from '../../contract/business-id.ts'

export const NORMALISATIONS = [
  'spaces-removed',      // "0913909 - 2"
  'dash-replaced',       // an en dash, minus sign or other dash instead of a hyphen
  'hyphen-added',        // "09139092"
  'leading-zero-added',  // "913909-2", or Excel's number 9139092
  'vat-prefix-removed',  // the VAT number form "FI09139092"
] as const
export type Normalisation = (typeof NORMALISATIONS)[number]

export type BusinessIdInput =
  | { ok: true; businessId: string; normalised: Normalisation[] }
  | { ok: false; problem: BusinessIdInputProblem }

/** `unissued`: the right shape and check digit, but no company has it (0000000-0). */
export type BusinessIdInputProblem = 'empty' | 'format' | 'checksum' | 'unissued'

const DASHES = /[\u2010-\u2015\u2212]/

export function readBusinessId(raw: string): BusinessIdInput {
  // Spaces around the value are no news; spaces inside it are reported.
  let value = raw.trim()
  const normalised: Normalisation[] = []
  if (/\s/.test(value)) {
    value = value.replace(/\s+/g, '')
    normalised.push('spaces-removed')
  }
  if (value === '') return { ok: false, problem: 'empty' }
  const vat = /^FI(\d{8})$/i.exec(value)
  if (vat?.[1]) {
    value = `${vat[1].slice(0, 7)}-${vat[1].slice(7)}`
    normalised.push('vat-prefix-removed')
  }
  if (DASHES.test(value)) normalised.push('dash-replaced')
  const canonical = normaliseBusinessId(value)
  if (canonical === null) {
    const shaped = value.replace(DASHES, '-')
    const padded = /^\d{6}-\d$/.test(shaped) ? `0${shaped}` : /^\d{7,8}$/.test(shaped) ? `${shaped.slice(0, -1).padStart(7, '0')}-${shaped.slice(-1)}` : shaped
    const problem = businessIdProblem(padded)
    return { ok: false, problem: problem === null && isUnissuedBusinessId(padded) ? 'unissued' : problem === 'checksum' ? 'checksum' : 'format' }
  }
  const digits = value.replace(/\D/g, '')
  if (!vat && !/[-\u2010-\u2015\u2212]/.test(value)) normalised.push('hyphen-added')
  if (digits.length === 7) normalised.push('leading-zero-added')
  return { ok: true, businessId: canonical, normalised }
}

/** The import's reject reason for a Y-tunnus that could not be read. */
export function businessIdRejectReason(problem: BusinessIdInputProblem): 'missing-business-id' | 'business-id-format' | 'business-id-checksum' | 'business-id-unissued' {
  switch (problem) {
    case 'empty': return 'missing-business-id'
    case 'checksum': return 'business-id-checksum'
    case 'unissued': return 'business-id-unissued'
    default: return 'business-id-format'
  }
}
