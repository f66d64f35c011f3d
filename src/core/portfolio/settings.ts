// The firm's own settings: its Y-tunnus and name, organisation type, the Kela services the
// matrix shows, and what the user told about themself. Checked with the storage schema, so a
// setting that would not load back is refused with the field named.
import { Firm, type Portfolio } from './model.ts'
import { fieldIssues, type FieldIssue } from './schema/field-issues.ts'
import type { MandateTarget } from './mandates.ts'

export type FirmPatch = Partial<Omit<Firm, 'ownMandates' | 'ownMandatesCheckedOn'>>

export type FirmChange = { ok: true; portfolio: Portfolio } | { ok: false; issues: FieldIssue[] }

/** Fields set to undefined are cleared. */
export function updateFirm(portfolio: Portfolio, patch: FirmPatch): FirmChange {
  const next: Record<string, unknown> = { ...portfolio.firm, ...patch }
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key]
  const parsed = Firm.safeParse(next)
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error).map((issue) => ({ ...issue, path: issue.path ? `firm.${issue.path}` : 'firm' })) }
  return { ok: true, portfolio: { ...portfolio, firm: parsed.data } }
}

/**
 * The user looked in Valtuudet on `today` (for a client, or at their own mandates) and what is
 * recorded is all there is, possibly nothing: the matrix can then decide instead of "unknown".
 */
export function markMandatesChecked(portfolio: Portfolio, target: MandateTarget, today: string): Portfolio {
  if (target === 'own') return { ...portfolio, firm: { ...portfolio.firm, ownMandatesCheckedOn: today } }
  return { ...portfolio, clients: portfolio.clients.map((client) => (client.businessId === target.client ? { ...client, mandatesCheckedOn: today } : client)) }
}
