// Which column holds what, from the header row as Finnish, Swedish and English exports name it.
// Headers match after foldKey(): case, diacritics, spaces and punctuation do not matter, so
// "Y-tunnus", "Y tunnus" and "YTUNNUS" are one alias. Within a role, earlier aliases win ("Yrityksen
// nimi" over "Nimi"); between equal aliases, the leftmost column. Every other column is ignored.
import { foldKey } from '../fold.ts'

export type ColumnRole = 'business-id' | 'vat-number' | 'name' | 'identity-code' | 'person-name'

/** Aliases per role, most specific first. Documented in src/core/portfolio/README.md. */
export const HEADER_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = {
  'business-id': [
    // fi
    'Y-tunnus', 'Y-tunnus/FO-nummer', 'Y-tunnus (Business ID)', 'Yritys- ja yhteisötunnus', 'Yritystunnus', 'Yhteisötunnus', 'Y-tunn.', 'Ytunnus',
    // sv
    'FO-nummer', 'FO-nr', 'Företags- och organisationsnummer', 'FO-signum', 'Organisationsnummer', 'Org.nr',
    // en
    'Business ID', 'Business identity code', 'Finnish Business ID', 'Company ID', 'Business code',
  ],
  // A VAT number FI12345678 is the Y-tunnus 1234567-8 written another way: used only when no
  // Y-tunnus column exists.
  'vat-number': ['ALV-tunnus', 'ALV-numero', 'ALV-nro', 'Momsnummer', 'Momsregistreringsnummer', 'VAT number', 'VAT ID', 'VAT no', 'VAT'],
  name: [
    // fi
    'Yrityksen nimi', 'Virallinen nimi', 'Toiminimi', 'Asiakkaan nimi', 'Asiakasyrityksen nimi', 'Organisaation nimi', 'Yhtiön nimi', 'Nimi', 'Yritys', 'Asiakas', 'Yhtiö', 'Organisaatio',
    // sv
    'Företagets namn', 'Företagsnamn', 'Firmanamn', 'Kundens namn', 'Kundnamn', 'Namn', 'Företag', 'Firma', 'Kund', 'Organisation',
    // en
    'Company name', 'Business name', 'Client name', 'Customer name', 'Organisation name', 'Organization name', 'Name', 'Company', 'Client', 'Customer', 'Organization',
  ],
  // Never read; their presence is reported so the user knows the column was left out.
  'identity-code': ['Henkilötunnus', 'Hetu', 'Henkilötunniste', 'Personbeteckning', 'Personnummer', 'Personal identity code', 'Personal ID', 'Social security number', 'SSN'],
  'person-name': [
    'Yhteyshenkilö', 'Yhteyshenkilön nimi', 'Etunimi', 'Etunimet', 'Sukunimi', 'Vastuuhenkilö', 'Kirjanpitäjä', 'Henkilö',
    'Kontaktperson', 'Kontaktpersonens namn', 'Förnamn', 'Efternamn', 'Ansvarsperson', 'Bokförare', 'Person',
    'Contact person', 'Contact', 'First name', 'Last name', 'Surname', 'Given name', 'Person name', 'Accountant',
  ],
}

const ALIAS_RANK = new Map<string, { role: ColumnRole; rank: number }>()
for (const [role, aliases] of Object.entries(HEADER_ALIASES) as [ColumnRole, readonly string[]][]) {
  aliases.forEach((alias, rank) => {
    const key = foldKey(alias)
    if (!ALIAS_RANK.has(key)) ALIAS_RANK.set(key, { role, rank })
  })
}

export function roleOfHeader(header: string): ColumnRole | null {
  return ALIAS_RANK.get(foldKey(header))?.role ?? null
}

export interface ColumnMap {
  /** The column the Y-tunnus is read from (a Y-tunnus column, or else a VAT number column). */
  businessId: number
  /** Where the Y-tunnus came from. */
  businessIdFrom: 'business-id' | 'vat-number'
  name: number | null
  /** Header texts of the columns left out, in file order (identity-code and person-name included). */
  ignored: string[]
  identityCodeColumns: string[]
  personNameColumns: string[]
}

/** The column map for a header row, or null when no Y-tunnus column is there. */
export function mapColumns(headers: readonly string[]): ColumnMap | null {
  const best: Partial<Record<ColumnRole, { column: number; rank: number }>> = {}
  const roles = headers.map((header) => ALIAS_RANK.get(foldKey(header)) ?? null)
  roles.forEach((found, column) => {
    if (!found) return
    const current = best[found.role]
    if (!current || found.rank < current.rank) best[found.role] = { column, rank: found.rank }
  })
  const id = best['business-id'] ?? best['vat-number']
  if (!id) return null
  const name = best.name?.column ?? null
  const used = new Set([id.column, name])
  return {
    businessId: id.column,
    businessIdFrom: best['business-id'] ? 'business-id' : 'vat-number',
    name,
    ignored: headers.filter((header, column) => !used.has(column) && header.trim() !== ''),
    identityCodeColumns: headers.filter((_, column) => roles[column]?.role === 'identity-code'),
    personNameColumns: headers.filter((_, column) => roles[column]?.role === 'person-name'),
  }
}

/** How many cells of a candidate header row are known headers: picks the delimiter. */
export function knownHeaderCount(cells: readonly string[]): number {
  return cells.filter((cell) => ALIAS_RANK.has(foldKey(cell))).length
}
