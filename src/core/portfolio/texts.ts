// What the portfolio's pure functions report, in Finnish, Swedish and English: reasons for
// rejected rows, notices about a file, file and backup errors, storage recovery, cell statuses.
// Data keyed by the codes the functions return, so the page stays a lookup and a test can check
// that every code has all three texts.
import type { Lang } from '../contract/ids.ts'
import type { BackupErrorCode } from './backup.ts'
import type { Normalisation } from './csv/business-id-input.ts'
import type { FileError, FileNoticeCode, RejectReason, RejectedRow } from './csv/import.ts'
import type { LoadSource } from './storage.ts'
import type { CellStatus } from './matrix/cell-status.ts'

type Texts<Code extends string> = Readonly<Record<Code, Readonly<Record<Lang, string>>>>

export const REJECT_REASON_TEXTS: Texts<RejectReason> = {
  'malformed-row': {
    fi: 'Riviä ei voi lukea: lainausmerkit eivät täsmää.',
    sv: 'Raden kan inte läsas: citattecknen stämmer inte.',
    en: 'The row cannot be read: its quotation marks do not match.',
  },
  'missing-business-id': {
    fi: 'Y-tunnus puuttuu.',
    sv: 'FO-nummer saknas.',
    en: 'The Business ID (Y-tunnus) is missing.',
  },
  'business-id-format': {
    fi: 'Ei ole Y-tunnus: odotettiin seitsemän numeroa, yhdysmerkki ja tarkistusnumero, esim. 0913909-2.',
    sv: 'Inte ett FO-nummer: sju siffror, bindestreck och en kontrollsiffra väntades, t.ex. 0913909-2.',
    en: 'Not a Business ID: expected seven digits, a hyphen and a check digit, e.g. 0913909-2.',
  },
  'business-id-checksum': {
    fi: 'Y-tunnuksen tarkistusnumero ei täsmää: tunnuksessa on kirjoitusvirhe.',
    sv: 'FO-numrets kontrollsiffra stämmer inte: numret innehåller ett skrivfel.',
    en: 'The Business ID’s check digit does not match: it contains a typo.',
  },
  'business-id-unissued': {
    fi: 'Tätä Y-tunnusta ei ole yhdelläkään yrityksellä: sen järjestysnumero on pelkkiä nollia (taulukko tekee usein tyhjästä solusta nollan). Tarkista oikea tunnus YTJ:stä.',
    sv: 'Inget företag har det här FO-numret: dess löpnummer består bara av nollor (ett kalkylark gör ofta en tom cell till noll). Kontrollera rätt nummer i FODS (YTJ).',
    en: 'No company has this Business ID: its serial number is all zeros (a spreadsheet often turns an empty cell into 0). Look up the right ID in the Business Information System (YTJ).',
  },
  'identity-code': {
    fi: 'Solussa on henkilötunnukselta näyttävä tieto. Valtuusapu ei tallenna henkilötunnuksia, joten riviä ei tuotu.',
    sv: 'Cellen innehåller något som ser ut som en personbeteckning. Valtuusapu sparar inga personbeteckningar, så raden importerades inte.',
    en: 'The cell holds what looks like a personal identity code (henkilötunnus). Valtuusapu never stores one, so the row was not imported.',
  },
  'name-too-long': {
    fi: 'Nimi on yli 200 merkkiä pitkä.',
    sv: 'Namnet är längre än 200 tecken.',
    en: 'The name is longer than 200 characters.',
  },
}

export const FILE_NOTICE_TEXTS: Texts<FileNoticeCode> = {
  'excel-sep-line': {
    fi: 'Tiedoston ensimmäinen rivi (sep=) kertoi erottimen, eikä sitä tuotu.',
    sv: 'Filens första rad (sep=) angav avgränsaren och importerades inte.',
    en: 'The file’s first line (sep=) named the delimiter and was not imported.',
  },
  'no-header-row': {
    fi: 'Tiedostossa ei ole otsikkoriviä: Y-tunnus ja nimi tunnistettiin sisällöstä.',
    sv: 'Filen har ingen rubrikrad: FO-nummer och namn kändes igen av innehållet.',
    en: 'The file has no header row: the Business ID and name columns were found by their content.',
  },
  'business-id-column-guessed': {
    fi: 'Y-tunnussaraketta ei tunnistettu otsikosta, vaan sisällöstä:',
    sv: 'FO-nummerkolumnen kändes inte igen av rubriken utan av innehållet:',
    en: 'The Business ID column was recognised by its content, not its header:',
  },
  'vat-column-used': {
    fi: 'Y-tunnukset luettiin ALV-tunnuksista (FI12345678 = 1234567-8):',
    sv: 'FO-numren lästes ur momsnumren (FI12345678 = 1234567-8):',
    en: 'The Business IDs were read from VAT numbers (FI12345678 = 1234567-8):',
  },
  'no-name-column': {
    fi: 'Nimisaraketta ei löytynyt: asiakkaat tuodaan ilman nimeä.',
    sv: 'Ingen namnkolumn hittades: kunderna importeras utan namn.',
    en: 'No name column was found: the clients are imported without names.',
  },
  'identity-code-column-ignored': {
    fi: 'Henkilötunnussaraketta ei luettu eikä tallennettu:',
    sv: 'Kolumnen med personbeteckningar lästes inte och sparades inte:',
    en: 'The personal identity code column was neither read nor stored:',
  },
  'person-name-column-ignored': {
    fi: 'Henkilöiden nimiä ei tallenneta, joten tätä saraketta ei luettu:',
    sv: 'Personers namn sparas inte, så den här kolumnen lästes inte:',
    en: 'People’s names are never stored, so this column was not read:',
  },
  'encoding-windows-1252': {
    fi: 'Tiedosto ei ollut UTF-8-muodossa, joten se luettiin Windows-1252-merkistönä (Excelin tavallinen CSV). Tarkista ääkköset.',
    sv: 'Filen var inte i UTF-8 och lästes som Windows-1252 (Excels vanliga CSV). Kontrollera å, ä och ö.',
    en: 'The file was not UTF-8, so it was read as Windows-1252 (Excel’s plain CSV). Check the letters ä, ö and å.',
  },
  'encoding-utf-16': {
    fi: 'Tiedosto luettiin UTF-16-merkistönä (Excelin Unicode-teksti).',
    sv: 'Filen lästes som UTF-16 (Excels Unicode-text).',
    en: 'The file was read as UTF-16 (Excel’s Unicode text).',
  },
}

export const FILE_ERROR_TEXTS: Texts<FileError> = {
  empty: { fi: 'Tiedosto on tyhjä.', sv: 'Filen är tom.', en: 'The file is empty.' },
  'spreadsheet-not-csv': {
    fi: 'Tämä on Excel-työkirja, ei CSV-tiedosto. Tallenna se Excelissä CSV UTF-8 -muodossa ja tuo uudelleen.',
    sv: 'Det här är en Excel-arbetsbok, inte en CSV-fil. Spara den i Excel i formatet CSV UTF-8 och importera igen.',
    en: 'This is an Excel workbook, not a CSV file. Save it in Excel as CSV UTF-8 and import it again.',
  },
  binary: { fi: 'Tiedosto ei ole tekstiä.', sv: 'Filen är inte text.', en: 'The file is not text.' },
  'too-large': { fi: 'Tiedosto on liian suuri (yli 20 miljoonaa merkkiä).', sv: 'Filen är för stor (över 20 miljoner tecken).', en: 'The file is too large (over 20 million characters).' },
  'too-many-rows': { fi: 'Tiedostossa on yli 20 000 riviä.', sv: 'Filen har över 20 000 rader.', en: 'The file has more than 20,000 rows.' },
  'no-business-id-column': {
    fi: 'Y-tunnussaraketta ei löytynyt. Anna sarakkeelle otsikoksi "Y-tunnus" (tai "FO-nummer" tai "Business ID").',
    sv: 'Ingen kolumn med FO-nummer hittades. Ge kolumnen rubriken "FO-nummer" (eller "Y-tunnus" eller "Business ID").',
    en: 'No Business ID column was found. Give the column the header "Business ID" (or "Y-tunnus" or "FO-nummer").',
  },
}

export const NORMALISATION_TEXTS: Texts<Normalisation> = {
  'spaces-removed': { fi: 'välilyönnit poistettu', sv: 'mellanslag borttagna', en: 'spaces removed' },
  'dash-replaced': { fi: 'viiva vaihdettu yhdysmerkiksi', sv: 'strecket ersatt med bindestreck', en: 'dash replaced by a hyphen' },
  'hyphen-added': { fi: 'yhdysmerkki lisätty', sv: 'bindestreck tillagt', en: 'hyphen added' },
  'leading-zero-added': { fi: 'alkunolla lisätty', sv: 'inledande nolla tillagd', en: 'leading zero added' },
  'vat-prefix-removed': { fi: 'luettu ALV-tunnuksesta', sv: 'läst ur momsnumret', en: 'read from the VAT number' },
}

export const BACKUP_ERROR_TEXTS: Texts<BackupErrorCode> = {
  'too-large': { fi: 'Tiedosto on liian suuri varmuuskopioksi.', sv: 'Filen är för stor för en säkerhetskopia.', en: 'The file is too large to be a backup.' },
  'not-json': { fi: 'Tiedosto ei ole Valtuusavun varmuuskopio (ei JSON-muotoa).', sv: 'Filen är inte en säkerhetskopia från Valtuusapu (inte JSON).', en: 'The file is not a Valtuusapu backup (not JSON).' },
  'not-a-backup': { fi: 'Tiedosto ei ole Valtuusavun varmuuskopio.', sv: 'Filen är inte en säkerhetskopia från Valtuusapu.', en: 'The file is not a Valtuusapu backup.' },
  'not-an-object': { fi: 'Varmuuskopiosta puuttuu asiakasluettelo.', sv: 'Säkerhetskopian saknar kundlistan.', en: 'The backup has no client list.' },
  'no-version': { fi: 'Varmuuskopiosta puuttuu versionumero.', sv: 'Säkerhetskopian saknar versionsnummer.', en: 'The backup has no version number.' },
  'newer-version': {
    fi: 'Varmuuskopio on tehty Valtuusavun uudemmalla versiolla. Päivitä laajennus ja yritä uudelleen.',
    sv: 'Säkerhetskopian gjordes med en nyare version av Valtuusapu. Uppdatera tillägget och försök igen.',
    en: 'The backup was made by a newer version of Valtuusapu. Update the extension and try again.',
  },
  'unknown-version': { fi: 'Varmuuskopion versiota ei tunneta.', sv: 'Säkerhetskopians version är okänd.', en: 'The backup’s version is unknown.' },
  invalid: {
    fi: 'Varmuuskopiossa on virheellisiä tietoja, joten mitään ei tuotu:',
    sv: 'Säkerhetskopian innehåller felaktiga uppgifter, så ingenting importerades:',
    en: 'The backup holds invalid data, so nothing was imported:',
  },
}

export const LOAD_SOURCE_TEXTS: Texts<Exclude<LoadSource, 'current' | 'empty'>> = {
  'last-good': {
    fi: 'Tallennettu asiakasluettelo oli vioittunut. Käytössä on edellinen ehjä tallennus; viimeisin muutos voi puuttua.',
    sv: 'Den sparade kundlistan var skadad. Den föregående hela sparningen används; den senaste ändringen kan saknas.',
    en: 'The stored client list was damaged. The previous intact save is in use; the latest change may be missing.',
  },
  'salvaged-current': {
    fi: 'Tallennettu asiakasluettelo oli vioittunut. Ehjät asiakkaat pelastettiin; vioittuneet jätettiin pois.',
    sv: 'Den sparade kundlistan var skadad. De hela kunderna räddades; de skadade lämnades bort.',
    en: 'The stored client list was damaged. The intact clients were rescued; the damaged ones were left out.',
  },
  'salvaged-last-good': {
    fi: 'Tallennettu asiakasluettelo ja sen edellinen tallennus olivat vioittuneita. Ehjät asiakkaat pelastettiin edellisestä tallennuksesta.',
    sv: 'Den sparade kundlistan och dess föregående sparning var skadade. De hela kunderna räddades ur den föregående sparningen.',
    en: 'The stored client list and its previous save were damaged. The intact clients were rescued from the previous save.',
  },
}

export const CELL_STATUS_TEXTS: Texts<CellStatus> = {
  fine: { fi: 'Kunnossa', sv: 'I ordning', en: 'Fine' },
  'ends-soon': { fi: 'Päättyy 60 päivän sisällä', sv: 'Upphör inom 60 dagar', en: 'Ends within 60 days' },
  'missing-theme': { fi: 'Valtuusasia puuttuu', sv: 'Fullmaktsärende saknas', en: 'Mandate theme missing' },
  'wrong-type': { fi: 'Väärä valtuustyyppi', sv: 'Fel fullmaktstyp', en: 'Wrong mandate type' },
  'restriction-excludes': { fi: 'Rajaus estää', sv: 'Begränsningen utesluter', en: 'Restriction excludes' },
  expired: { fi: 'Vanhentunut', sv: 'Har upphört', en: 'Expired' },
  'not-yet-valid': { fi: 'Ei vielä voimassa', sv: 'Ännu inte i kraft', en: 'Not yet valid' },
  'request-pending': { fi: 'Valtuuspyyntö odottaa', sv: 'Begäran om fullmakt väntar', en: 'Request awaiting approval' },
  'other-blocker': { fi: 'Muu este', sv: 'Annat hinder', en: 'Other obstacle' },
  unknown: { fi: 'Ei tiedossa', sv: 'Okänt', en: 'Unknown' },
}

const ROW_WORD: Readonly<Record<Lang, string>> = { fi: 'Rivi', sv: 'Rad', en: 'Row' }

/** "Rivi 12: Y-tunnuksen tarkistusnumero ei täsmää … (0913909-3)" */
export function rejectedRowText(row: RejectedRow, lang: Lang): string {
  const value = row.value === undefined ? '' : ` (${row.value})`
  return `${ROW_WORD[lang]} ${row.row}: ${REJECT_REASON_TEXTS[row.reason][lang]}${value}`
}
