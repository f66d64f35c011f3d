// Full backup as a JSON file: round trip, clear errors naming the field, old versions migrate,
// and nothing stored is lost unless the user confirms a replace.
import { describe, expect, test } from 'vitest'
import { applyBackup, backupFileName, BACKUP_FORMAT, exportBackup, previewBackup, readBackup } from '../../../src/core/portfolio/backup.ts'
import type { RecordedMandate } from '../../../src/core/portfolio/model.ts'
import { BACKUP_ERROR_TEXTS } from '../../../src/core/portfolio/texts.ts'
import { client, portfolio } from './helpers.ts'

const now = new Date('2026-06-15T09:30:00Z')
const mandate = (themes: string[], validUntil = '2029-12-31'): RecordedMandate => ({
  mandate: { holder: 'my-organisation', mandator: client(1).businessId, type: 'asiointivaltuus', themes, validUntil },
  source: 'manual',
  recordedOn: '2026-01-02',
})
const stored = portfolio([client(1, { mandates: [mandate(['A'])], tags: ['palkat'] }), client(2)], { name: 'Tilitoimisto Oy' })

describe('export and read', () => {
  test('round trip', () => {
    const text = exportBackup(stored, now)
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, exportedAt: '2026-06-15T12:30:00+03:00' })
    expect(readBackup(text)).toEqual({ ok: true, portfolio: stored })
  })

  test('a BOM added by an editor is tolerated', () => {
    expect(readBackup(`\uFEFF${exportBackup(stored, now)}`).ok).toBe(true)
  })

  test('file name carries the Helsinki date', () => {
    expect(backupFileName(new Date('2026-06-15T22:30:00Z'))).toBe('valtuusapu-portfolio-2026-06-16.json')
  })

  test('a backup made by version 1 migrates', () => {
    const text = JSON.stringify({ format: BACKUP_FORMAT, portfolio: { version: 1, firm: { services: ['employer'] }, clients: [{ businessId: client(5).businessId, name: 'Vanha Oy' }] } })
    expect(readBackup(text)).toMatchObject({ ok: true, migratedFrom: 1, portfolio: { version: 2, clients: [{ businessId: client(5).businessId, name: 'Vanha Oy' }] } })
  })

  test.each([
    ['not JSON', '{"format": ', { code: 'not-json' }],
    ['another JSON file', '{"name": "package"}', { code: 'not-a-backup', issues: [{ path: 'format', message: `expected "${BACKUP_FORMAT}"` }] }],
    ['JSON null', 'null', { code: 'not-a-backup' }],
    ['a newer version', JSON.stringify({ format: BACKUP_FORMAT, portfolio: { version: 3 } }), { code: 'newer-version', version: 3 }],
    ['no portfolio', JSON.stringify({ format: BACKUP_FORMAT }), { code: 'not-an-object' }],
  ])('%s is refused', (_, text, error) => {
    expect(readBackup(text)).toMatchObject({ ok: false, error })
  })

  test('invalid content names the field, under portfolio.', () => {
    const doc = JSON.parse(exportBackup(stored, now))
    doc.portfolio.clients[1].businessId = '1000003-8'
    doc.portfolio.firm.services.push('tax-office')
    doc.portfolio.clients[0].mandates[0].mandate.validUntil = '2029-02-30'
    const read = readBackup(JSON.stringify(doc))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.code).toBe('invalid')
    expect(read.error.issues).toEqual(expect.arrayContaining([
      { path: 'portfolio.clients[1].businessId', message: 'Y-tunnus check digit does not match' },
      { path: 'portfolio.firm.services[2]', message: expect.stringMatching(/^expected one of "employer"/) },
      { path: 'portfolio.clients[0].mandates[0].mandate.validUntil', message: 'not a real calendar date' },
    ]))
  })

  test('a client name shaped like a henkilötunnus is refused on import', () => {
    const doc = JSON.parse(exportBackup(stored, now))
    doc.portfolio.clients[1].name = 'Maija 010190-123A'
    expect(readBackup(JSON.stringify(doc))).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'portfolio.clients[1].name' }] } })
  })

  test('an unknown field is refused (strict), so nothing unexpected is stored', () => {
    const doc = JSON.parse(exportBackup(stored, now))
    doc.portfolio.clients[0].contactPerson = 'Maija'
    expect(readBackup(JSON.stringify(doc))).toMatchObject({ ok: false, error: { issues: [{ path: 'portfolio.clients[0]', message: 'unknown field contactPerson' }] } })
  })

  test('every error code has a text in fi, sv and en', () => {
    for (const texts of Object.values(BACKUP_ERROR_TEXTS)) for (const lang of ['fi', 'sv', 'en'] as const) expect(texts[lang]).toMatch(/\S/)
  })
})

describe('merge or replace', () => {
  const backup = portfolio([
    client(1, { name: 'Toinen nimi Oy', mandates: [mandate(['A']), mandate(['B'])], tags: ['turku'], mandatesCheckedOn: '2026-05-01' }),
    client(3),
  ], { businessId: '0913909-2', organisationType: 'company', services: ['kelmu'] })

  test('the preview counts what a merge would do', () => {
    expect(previewBackup(stored, backup)).toEqual({
      added: 1, updated: 1, unchanged: 0,
      nameConflicts: [{ businessId: client(1).businessId, stored: 'Asiakas 1 Oy', backup: 'Toinen nimi Oy' }],
    })
  })

  test('merge keeps everything stored, adds new clients and what stored clients lack', () => {
    const applied = applyBackup(stored, backup, { mode: 'merge' })
    if (!applied.ok) throw new Error(applied.error)
    const [first, second, third] = applied.portfolio.clients
    expect(first).toEqual({ ...client(1), tags: ['palkat', 'turku'], mandates: [mandate(['A']), mandate(['B'])], mandatesCheckedOn: '2026-05-01' })
    expect(second).toEqual(client(2))
    expect(third).toEqual(client(3))
    // Stored settings win; the backup fills the gaps.
    expect(applied.portfolio.firm).toEqual({ ...stored.firm, organisationType: 'company' })
  })

  test('merging the same backup twice changes nothing more', () => {
    const once = applyBackup(stored, backup, { mode: 'merge' })
    if (!once.ok) throw new Error(once.error)
    const twice = applyBackup(once.portfolio, backup, { mode: 'merge' })
    expect(twice.ok && twice.portfolio).toEqual(once.portfolio)
    expect(previewBackup(once.portfolio, backup)).toMatchObject({ added: 0, updated: 0, unchanged: 2 })
  })

  test('replace needs the confirmation', () => {
    expect(applyBackup(stored, backup, { mode: 'replace' } as never)).toEqual({ ok: false, error: 'replace-not-confirmed' })
    expect(applyBackup(stored, backup, { mode: 'replace', confirmed: true })).toMatchObject({ ok: true, portfolio: backup })
  })

  test('a merge past 20,000 clients is refused', () => {
    const many = portfolio(Array.from({ length: 20_000 }, (_, i) => client(i + 10)))
    expect(applyBackup(many, portfolio([client(1)]), { mode: 'merge' })).toEqual({ ok: false, error: 'too-many-clients' })
  })
})
