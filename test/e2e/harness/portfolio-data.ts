// Deterministic test and demo data for the client portfolio: a firm's list of clients with every
// kind of mandate situation, and a messy CSV export of a client list with known counts of valid,
// invalid, duplicate and empty rows. Company names only (no people); Y-tunnukset are made by the
// published check-digit rule.
import type { Mandate } from '../../../src/core/contract/case.ts'
import { KELA_SERVICE_THEMES } from '../../../src/core/portfolio/kela-themes.ts'
import type { Client, Portfolio, RecordedMandate } from '../../../src/core/portfolio/model.ts'
import { validBusinessIdFrom } from '../../unit/portfolio/helpers.ts'

/** The n-th valid Y-tunnus from 2000000 upwards (n >= 0), never the firm's. */
export function businessIdAt(n: number): string {
  return validBusinessIdFrom(2_000_000 + n * 7)
}

/** A Y-tunnus with the right shape and a wrong check digit. */
export function wrongCheckDigit(id: string): string {
  const digit = Number(id.at(-1))
  return `${id.slice(0, -1)}${(digit + 1) % 10}`
}

const PLACES = ['Pohjan', 'Saimaan', 'Kallio', 'Meri', 'Tunturi', 'Järvi', 'Koski', 'Metsä', 'Ranta', 'Kivi', 'Niitty', 'Harju', 'Aalto', 'Lähde', 'Ähtärin', 'Öljy']
const TRADES = ['Rakennus', 'Konepaja', 'Kuljetus', 'Siivous', 'Leipomo', 'Sähkö', 'Puutarha', 'Kiinteistöpalvelu', 'Ravintola', 'Tekstiili', 'Painotalo', 'Hammaslaboratorio']
const FORMS = ['Oy', 'Oy', 'Oy', 'Ab', 'Ky', 'Osk']

export function companyName(n: number): string {
  return `${PLACES[n % PLACES.length]}${TRADES[Math.floor(n / PLACES.length) % TRADES.length]!.toLowerCase()} ${FORMS[n % FORMS.length]} ${n + 1}`
}

export const FIRM_ID = '0913909-2'
export const FIRM_NAME = 'Tilitoimisto Numerot Oy'

const EMPLOYER = KELA_SERVICE_THEMES.employer.themes.map((theme) => theme.fi)
const TTH = KELA_SERVICE_THEMES['occupational-health'].themes.map((theme) => theme.fi)
const ALL = [...EMPLOYER, ...TTH]

/** YYYY-MM-DD `days` after `from`. */
export function dayAfter(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

const recorded = (mandate: Mandate, recordedOn: string): RecordedMandate => ({ mandate, source: 'valtuudet-page', recordedOn })

/**
 * The client's mandates by n % 20: half fine, the rest every situation the matrix shows.
 * `today` anchors the dates (YYYY-MM-DD, Helsinki).
 */
export function clientMandates(n: number, id: string, today: string): Pick<Client, 'mandates' | 'mandatesCheckedOn'> {
  const toFirm = (themes: string[], extra: Partial<Mandate> = {}) => [recorded({ holder: 'my-organisation', mandator: id, type: 'asiointivaltuus', themes, ...extra }, dayAfter(today, -10))]
  const checked = { mandatesCheckedOn: dayAfter(today, -10) }
  switch (n % 20) {
    case 10: return { mandates: toFirm(ALL, { validUntil: dayAfter(today, 12 + (n % 17)) }), ...checked }       // ends within 30 days: a reminder
    case 11: return { mandates: toFirm(ALL, { validUntil: dayAfter(today, 40 + (n % 19)) }), ...checked }       // ends within 60 days
    case 12: return { mandates: toFirm(ALL, { validUntil: dayAfter(today, -5 - (n % 30)) }), ...checked }       // expired
    case 13: return { mandates: toFirm(EMPLOYER), ...checked }                                                  // occupational health themes missing
    case 14: return { mandates: toFirm(['Etuustietojen katselu']), ...checked }                                // the Incomes Register's theme
    case 15: return { mandates: toFirm(ALL, { status: 'pending-request' }), ...checked }                       // not approved yet
    case 16: return { mandates: [recorded({ holder: 'me', mandator: id, type: 'asiointivaltuus', themes: ALL }, dayAfter(today, -3))], ...checked } // to the user personally
    case 17: return { mandates: [], ...checked }                                                                // checked: none
    case 18: case 19: return { mandates: [] }                                                                   // not looked yet
    default: return { mandates: toFirm(ALL), ...checked }                                                      // fine
  }
}

/** A firm with `count` clients: the user's edustamisvaltuus covers all themes but leaves one client in 40 out. */
export function demoPortfolio(count: number, today: string): Portfolio {
  const clients: Client[] = Array.from({ length: count }, (_, n) => {
    const businessId = businessIdAt(n)
    return { businessId, name: companyName(n), tags: n % 7 === 0 ? ['palkat'] : n % 11 === 0 ? ['Turku'] : [], ...clientMandates(n, businessId, today) }
  })
  const restricted = clients.filter((_, n) => n % 40 !== 6).map((client) => client.businessId)
  return {
    version: 2,
    firm: {
      businessId: FIRM_ID,
      name: FIRM_NAME,
      organisationType: 'company',
      services: ['employer', 'occupational-health'],
      ownMandates: [recorded({ holder: 'me', mandator: FIRM_ID, type: 'edustamisvaltuus', themes: ALL, restrictions: { businessIds: restricted } }, dayAfter(today, -10))],
      ownMandatesCheckedOn: dayAfter(today, -10),
    },
    clients,
  }
}

export interface CsvFixture {
  bytes: Uint8Array
  /** Data rows in the file (header excluded). */
  rows: number
  accepted: number
  rejected: number
  /** Rows repeating a Y-tunnus of an earlier row. */
  duplicates: number
  empty: number
  /** Y-tunnus -> name of the accepted rows. */
  names: Map<string, string>
}

/**
 * A client list as accounting software exports it: UTF-8 with a BOM, `;`, CRLF, quoted names with
 * delimiters and doubled quotes, messy Y-tunnukset (spaces, no hyphen, a missing leading zero,
 * the VAT form), a contact-person column that must not be read, and bad rows: wrong check digits,
 * malformed ids, empty ids, a henkilötunnus in a name, repeats and empty lines.
 * Every row's fate is decided here, so the counts are known without running the importer.
 */
export function messyClientCsv(rows: number, offset = 0): CsvFixture {
  const lines = ['Asiakasnumero;Y-tunnus;Yrityksen nimi;Yhteyshenkilö;Postitoimipaikka']
  let accepted = 0
  let rejected = 0
  let duplicates = 0
  let empty = 0
  const names = new Map<string, string>()
  for (let r = 0; r < rows; r++) {
    const n = offset + r
    const id = businessIdAt(n)
    const name = companyName(n)
    const quotedName = r % 9 === 0 ? `"${name.replace(' Oy', '; "Oy"').replace(/"/g, '""')}"` : name
    const shownName = r % 9 === 0 ? name.replace(' Oy', '; "Oy"') : name
    const contact = 'Yhteyshenkilö'
    let cell: string
    let fate: 'accepted' | 'rejected' | 'duplicate' | 'empty' = 'accepted'
    switch (r % 25) {
      case 3: cell = wrongCheckDigit(id); fate = 'rejected'; break
      case 7: cell = id.replace('-', ''); break                                // no hyphen
      case 8: cell = `${id.slice(0, 4)} ${id.slice(4)}`; break                 // a space inside
      case 11: cell = `FI${id.replace('-', '')}`; break                        // the VAT form
      case 13: cell = '12345'; fate = 'rejected'; break                        // not a Y-tunnus
      case 17: cell = ''; fate = 'rejected'; break                             // missing
      case 19: cell = businessIdAt(offset + r - 1); fate = 'duplicate'; break  // repeats the row above
      case 21: cell = ''; fate = 'empty'; break                                // an empty line
      default: cell = id
    }
    if (fate === 'empty') {
      lines.push(';;;;')
      empty++
      continue
    }
    if (r % 25 === 23) {
      // A henkilötunnus where the name should be: rejected, and never stored.
      lines.push(`${n};${id};131052-308T;${contact};Turku`)
      rejected++
      continue
    }
    lines.push(`${n};${cell};${quotedName};${contact};Helsinki`)
    if (fate === 'accepted') {
      accepted++
      names.set(id, shownName)
    } else if (fate === 'rejected') rejected++
    else duplicates++
  }
  const text = `\uFEFF${lines.join('\r\n')}\r\n`
  return { bytes: new TextEncoder().encode(text), rows, accepted, rejected, duplicates, empty, names }
}
