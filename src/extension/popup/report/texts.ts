// The page report's texts in Finnish, Swedish and English. They live with the report, which the
// popup loads only when the user asks for one, so the popup's language chunks stay small.
import type { Lang } from '../../../core/contract/ids.ts'

export type ReportText = 'heading' | 'making' | 'failed' | 'what' | 'counts' | 'textLabel' | 'send' | 'copy' | 'save' | 'copied' | 'copy-failed' | 'saved'

export const REPORT_TEXTS: Record<Lang, Record<ReportText, string>> = {
  fi: {
    heading: 'Raportti tästä sivusta',
    making: 'Raporttia laaditaan…',
    failed: 'Raporttia ei saatu laadittua. Lataa sivu uudelleen ja yritä uudestaan.',
    what: 'Raportissa on sivun rakenne ja ne sanat, jotka Valtuusapu tuntee Kelan ja Suomi.fin omista teksteistä. Nimet, numerot, henkilötunnukset, Y-tunnukset, sähköpostiosoitteet ja puhelinnumerot on korvattu merkinnöillä, kuten {word} ja {number}. Lue raportti ennen kuin lähetät sen.',
    counts: '{elements} elementtiä; {masked} sanaa peitetty; {replaced} numeroa tai tunnusta korvattu.',
    textLabel: 'Raportin koko teksti',
    send: 'Valtuusapu ei lähetä raporttia minnekään. Kopioi se tai tallenna tiedostoksi ja lähetä se itse Valtuusavun ylläpitäjille.',
    copy: 'Kopioi raportti',
    save: 'Tallenna tiedostoksi',
    copied: 'Raportti kopioitu leikepöydälle.',
    'copy-failed': 'Selain esti kopioinnin. Valitse teksti yltä ja kopioi se itse, tai tallenna tiedostoksi.',
    saved: 'Raportti tallennettu selaimen latauksiin.',
  },
  sv: {
    heading: 'Rapport om den här sidan',
    making: 'Rapporten görs…',
    failed: 'Rapporten kunde inte göras. Ladda om sidan och försök igen.',
    what: 'Rapporten innehåller sidans struktur och de ord som Valtuusapu känner igen från FPA:s och Suomi.fi:s egna texter. Namn, nummer, personbeteckningar, FO-nummer, e-postadresser och telefonnummer har ersatts med markeringar som {word} och {number}. Läs rapporten innan du skickar den.',
    counts: '{elements} element; {masked} ord dolda; {replaced} nummer eller beteckningar ersatta.',
    textLabel: 'Rapportens hela text',
    send: 'Valtuusapu skickar inte rapporten någonstans. Kopiera den eller spara den som fil och skicka den själv till dem som underhåller Valtuusapu.',
    copy: 'Kopiera rapporten',
    save: 'Spara som fil',
    copied: 'Rapporten har kopierats.',
    'copy-failed': 'Webbläsaren tillät inte kopieringen. Markera texten ovan och kopiera den själv, eller spara den som fil.',
    saved: 'Rapporten har sparats bland webbläsarens nedladdningar.',
  },
  en: {
    heading: 'Report of this page',
    making: 'Making the report…',
    failed: 'The report could not be made. Reload the page and try again.',
    what: 'The report holds the page’s structure and the words Valtuusapu knows from Kela’s and Suomi.fi’s own texts. Names, numbers, personal identity codes, Business IDs, e-mail addresses and phone numbers are replaced by marks such as {word} and {number}. Read the report before you send it.',
    counts: '{elements} elements; {masked} words masked; {replaced} numbers or identifiers replaced.',
    textLabel: 'The whole text of the report',
    send: 'Valtuusapu sends the report nowhere. Copy it or save it as a file, and send it yourself to the people who maintain Valtuusapu.',
    copy: 'Copy the report',
    save: 'Save as a file',
    copied: 'The report was copied.',
    'copy-failed': 'The browser did not allow copying. Select the text above and copy it yourself, or save it as a file.',
    saved: 'The report was saved to the browser’s downloads.',
  },
}
