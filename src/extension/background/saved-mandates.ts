// The mandates the user confirmed, in storage.local under a versioned key. Only the contract's
// Mandate fields are stored: Business IDs, types, theme names, restrictions, dates, status.
import browser from 'webextension-polyfill'
import type { Mandate } from '../../core/contract/case.ts'
import { mergeMandates } from '../lib/mandate-merge.ts'
import { firstIssue, SAVED_MANDATES_KEY, SavedMandates, type SavedMandatesReply, type SaveMandatesReply } from '../protocol.ts'

export async function readSavedMandates(): Promise<SavedMandatesReply> {
  const stored = (await browser.storage.local.get(SAVED_MANDATES_KEY))[SAVED_MANDATES_KEY]
  if (stored === undefined) return { mandates: [], savedAt: null }
  const parsed = SavedMandates.safeParse(stored)
  if (!parsed.success) return { mandates: [], savedAt: null, problem: `stored mandates are not readable: ${firstIssue(parsed.error)}` }
  return { mandates: parsed.data.mandates, savedAt: parsed.data.savedAt }
}

export async function saveMandates(mandates: Mandate[], mode: 'replace' | 'merge'): Promise<SaveMandatesReply> {
  let base: Mandate[] = []
  if (mode === 'merge') {
    const current = await readSavedMandates()
    // Never overwrite stored data we cannot read: the user may want it back.
    if (current.problem) return { ok: false, error: current.problem }
    base = current.mandates
  }
  const record = SavedMandates.safeParse({ version: 1, savedAt: Date.now(), mandates: mergeMandates(base, mandates) })
  if (!record.success) return { ok: false, error: firstIssue(record.error) }
  await browser.storage.local.set({ [SAVED_MANDATES_KEY]: record.data })
  return { ok: true, count: record.data.mandates.length, savedAt: record.data.savedAt }
}

export async function clearSavedMandates(): Promise<void> {
  await browser.storage.local.remove(SAVED_MANDATES_KEY)
}
