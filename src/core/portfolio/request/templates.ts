// The request texts in Finnish, Swedish and English. Every fact in them has a source:
// - the chain (client -> firm asiointivaltuus; firm -> employee edustamisvaltuus, restrictable by
//   the client's Y-tunnus): facts §2.6, https://www.kela.fi/asiointi-ongelmatilanteet ,
//   https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/organisaation-valtuudet/valtuuksien-antaminen-organisaationa/mita-eroa-on-eri-valtuustyypeilla
// - who may grant (a sole representative by register data, the Trade Register's representatives
//   jointly, or a holder of valtuutusoikeus; edustamisvaltuus: a holder of edustajan
//   valtuutusoikeus): facts §2.1, §2.4; jointly and the application route:
//   https://www.suomi.fi/instructions-and-support/information-on-eauthorizations/grant-a-mandate-as-a-company-or-an-organisation,
//   https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen
// - FI steps "Yrityksen valtuudet" -> the organisation -> "Anna valtuuksia", search word "Kela"
//   (SV "FPA"), "Ota käyttöön valtuuden tarkenne": facts §5 and §2.2
// - SV steps: https://www.suomi.fi/service/suomi-fi-fullmakter-for-arendehantering-pa-ett-foretags-vagnar-myndigheten-for-digitalisering-och-befolkningsdata/ceec8d03-bce7-4146-80aa-f4101ba4453b
//   ("Byt användarroll"), https://www.te-palvelut.fi/sv/arbetsgivare/foretagare/sysselsattningspolitiskt-understod/anvisning-for-fullmaktsarenden
//   ("företagets fullmakter", "Ta i bruk fullmaktens specifikation"), Ruokavirasto's Suomi.fi guide
//   https://www.ruokavirasto.fi/sv/stod/tjanster/hyrra/suomifi-fullmakt/sa-har-ger-du-en-suomifi-fullmakt/ ("Ge fullmakter");
//   type names ärendefullmakt / representationsfullmakt: facts §2.1
// - EN steps: https://www.suomi.fi/instructions-and-support/e-authorizations/organisations-mandates/granting-mandates-as-an-organisation/how-a-representative-of-an-organisation-grants-mandates-alone
//   ("Company's mandates", "Grant mandates", "Mandate for transactions", "Mandate to represent")
// Addresses: https://www.suomi.fi/valtuudet , /fullmakter , /e-authorizations (facts §5).
// No personal data: the texts name companies and Y-tunnukset only; the user is "I".
import type { Lang, ServiceId } from '../../contract/ids.ts'
import { KELA_SERVICE_THEMES, type KelaTheme } from '../kela-themes.ts'

export interface TextParts {
  firm: { businessId: string; name?: string }
  client: { businessId: string; name?: string }
  fromClient: KelaTheme[]
  fromAdministrator: KelaTheme[]
  unconfirmed: ServiceId[]
}

const list = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n')
const named = (party: { businessId: string; name?: string }, word: string) => `${party.name ? `${party.name} ` : ''}(${word} ${party.businessId})`

function themeLine(theme: KelaTheme, lang: Lang): string {
  if (lang === 'fi') return theme.fi
  if (lang === 'sv') return theme.sv ?? `${theme.fi} (finskt namn)`
  return theme.sv ? `${theme.fi} (in Swedish: ${theme.sv})` : theme.fi
}

function unconfirmedLines(services: ServiceId[], lang: Lang): string {
  if (services.length === 0) return ''
  const lines = services.map((service) => {
    const entry = KELA_SERVICE_THEMES[service]
    const name = entry.name[lang] ?? entry.name.fi
    return `${name}: ${entry.sources[0]}`
  })
  const lead = { fi: 'Näiden palvelujen valtuusasioiden nimiä emme ole voineet varmistaa; katso ne Kelan sivulta:', sv: 'Namnen på fullmaktsärendena för dessa tjänster har vi inte kunnat bekräfta; se FPA:s sida:', en: 'We could not confirm the mandate theme names of these services; see Kela’s page:' }[lang]
  return `${lead}\n${list(lines)}`
}

/** The list of themes, then the services whose themes could not be confirmed. */
function themeBlock(themes: KelaTheme[], unconfirmed: ServiceId[], lang: Lang): string {
  return [list(themes.map((theme) => themeLine(theme, lang))), unconfirmedLines(unconfirmed, lang)].filter(Boolean).join('\n\n')
}

export function clientText(parts: TextParts, lang: Lang): string {
  const themes = themeBlock(parts.fromClient, parts.unconfirmed, lang)
  const firm = parts.firm.businessId
  if (lang === 'fi') {
    return `Hei,

jotta voimme hoitaa yrityksenne ${named(parts.client, 'Y-tunnus')} asioita Kelan asiointipalveluissa, tarvitsemme Suomi.fi-valtuuksissa asiointivaltuuden. Antakaa asiointivaltuus yritykselle ${named(parts.firm, 'Y-tunnus')} näihin Kelan valtuusasioihin:

${themes}

Näin annatte valtuuden:
1. Kirjautukaa osoitteessa https://www.suomi.fi/valtuudet.
2. Valitkaa Yrityksen valtuudet ja yrityksenne.
3. Valitkaa Anna valtuuksia ja valtuustyypiksi asiointivaltuus.
4. Valitkaa valtuutetuksi yritys, jonka Y-tunnus on ${firm}.
5. Hakekaa valtuusasiat hakusanalla Kela ja valitkaa yllä luetellut.

Valtuuden voi antaa henkilö, jolla on rekisteritietojen mukaan oikeus edustaa yritystä yksin, kaupparekisteriin merkityt edustajat yhdessä tai henkilö, jolle on annettu valtuutusoikeus. Jos kukaan ei voi valtuuttaa itse, ohje on osoitteessa https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen.

Kiitos!`
  }
  if (lang === 'sv') {
    return `Hej,

för att vi ska kunna sköta ärenden i FPA:s e-tjänster för ert företag ${named(parts.client, 'FO-nummer')} behöver vi en ärendefullmakt i Suomi.fi-fullmakter. Ge företaget ${named(parts.firm, 'FO-nummer')} en ärendefullmakt för dessa fullmaktsärenden hos FPA:

${themes}

Så här ger ni fullmakten:
1. Logga in på https://www.suomi.fi/fullmakter.
2. Byt användarroll till företagets fullmakter och välj ert företag.
3. Välj Ge fullmakter och fullmaktstypen ärendefullmakt.
4. Lägg till som fullmaktstagare företaget med FO-nummer ${firm}.
5. Sök fullmaktsärendena med ordet FPA och välj dem som anges ovan.

Fullmakten kan ges av en person som enligt registeruppgifterna har rätt att ensam företräda företaget, av de företrädare som antecknats i handelsregistret tillsammans, eller av en person som har fått fullmaktsrätt. Om ingen kan ge fullmakten själv finns anvisningen på https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen.

Tack!`
  }
  return `Hello,

so that we can handle the matters of your company ${named(parts.client, 'Business ID')} in Kela’s e-services, we need a mandate for transactions in Suomi.fi e-Authorizations. Please grant the company ${named(parts.firm, 'Business ID')} a mandate for transactions in these Kela mandate themes (Finnish names as Kela publishes them):

${themes}

How to grant the mandate:
1. Log in to Suomi.fi e-Authorizations at https://www.suomi.fi/e-authorizations.
2. Select Company’s mandates as the service role, and select your company.
3. Select Grant mandates, and Mandate for transactions as the mandate type.
4. Add as the assignee the company with Business ID ${firm}.
5. Search the mandate themes with the word Kela and select the ones listed above.

The mandate can be granted by a person who may represent the company alone according to the register, jointly by the representatives entered in the Trade Register, or by a person who has been given a right to grant a mandate. If nobody can grant it themselves, see https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen.

Thank you!`
}

export function administratorText(parts: TextParts, lang: Lang): string {
  const themes = themeBlock(parts.fromAdministrator, parts.unconfirmed, lang)
  const client = parts.client.businessId
  if (lang === 'fi') {
    return `Hei,

tarvitsen edustamisvaltuuden, jotta voin hoitaa asiakkaamme ${named(parts.client, 'Y-tunnus')} Kela-asioita. Antaisitko minulle Suomi.fi-valtuuksissa yrityksemme ${named(parts.firm, 'Y-tunnus')} puolesta edustamisvaltuuden (ei asiointivaltuutta) näihin valtuusasioihin:

${themes}

Jos rajaat valtuuden Y-tunnuksilla (Ota käyttöön valtuuden tarkenne), lisää rajaukseen asiakkaan Y-tunnus ${client}.

Näin: kirjaudu osoitteessa https://www.suomi.fi/valtuudet, valitse Yrityksen valtuudet ja yrityksemme, valitse Anna valtuuksia ja valtuustyypiksi edustamisvaltuus. Valtuusasiat löytyvät hakusanalla Kela.

Edustamisvaltuuden voi antaa henkilö, jolla on oikeus edustaa yritystä yksin, tai henkilö, jolle on annettu edustajan valtuutusoikeus.

Kiitos!`
  }
  if (lang === 'sv') {
    return `Hej,

jag behöver en representationsfullmakt för att kunna sköta ärenden hos FPA för vår kund ${named(parts.client, 'FO-nummer')}. Kan du ge mig en representationsfullmakt (inte en ärendefullmakt) i Suomi.fi-fullmakter för vårt företag ${named(parts.firm, 'FO-nummer')} för dessa fullmaktsärenden:

${themes}

Om du begränsar fullmakten med FO-nummer (Ta i bruk fullmaktens specifikation), lägg till kundens FO-nummer ${client}.

Så här: logga in på https://www.suomi.fi/fullmakter, byt användarroll till företagets fullmakter och välj vårt företag, välj Ge fullmakter och fullmaktstypen representationsfullmakt. Fullmaktsärendena hittas med ordet FPA.

Representationsfullmakten kan ges av en person som har rätt att ensam företräda företaget, eller av en person som har fått representantens fullmaktsrätt.

Tack!`
  }
  return `Hello,

I need a mandate to represent so that I can handle the Kela matters of our client ${named(parts.client, 'Business ID')}. Could you grant me, on behalf of our company ${named(parts.firm, 'Business ID')}, a Mandate to represent (edustamisvaltuus, not a mandate for transactions) in Suomi.fi e-Authorizations in these mandate themes:

${themes}

If you limit the mandate by Business IDs (a specifier), include the client’s Business ID ${client}.

How: log in at https://www.suomi.fi/e-authorizations, select Company’s mandates as the service role and our company, select Grant mandates and the mandate type Mandate to represent. Search the themes with the word Kela.

A mandate to represent can be granted by a person who may represent the company alone, or by a person who has been given a representative’s right to grant a mandate.

Thank you!`
}
