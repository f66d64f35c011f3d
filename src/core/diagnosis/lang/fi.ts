// The diagnosis in Finnish: every rule's title, explanation and steps, the questions, and
// the phrases they share. One module per language, so a page loads only the language it shows;
// diagnose() in ../index.ts bundles all three. Names, URLs and numbers come from the knowledge
// base (../../knowledge/); the rules' logic is in ../rules/<finding id>.ts.
import { KELA_TECHNICAL_SUPPORT, MANDATE_TYPE_FACTS, VALTUUDET_UI, mandateThemeListLink, openingHoursText } from '../../knowledge/index.ts'
import { KATSO_ENDED_AT_INCOMES_REGISTER, KATSO_ENDED_AT_KELA, SUOMI_FI_REQUIRED } from '../rules/katso-ended.ts'
import { DEFAULT_VALIDITY_YEARS } from '../rules/mandate-expired.ts'
import { prokuristServices } from '../rules/prokurist-limited.ts'
import { formatDate, sentences, type Phrases } from '../text.ts'
import type { LanguagePack } from './pack.ts'

const quote = (text: string): string => `”${text}”`
const ui = VALTUUDET_UI
const themeList = mandateThemeListLink('fi')
const support = KELA_TECHNICAL_SUPPORT

const phrases: Phrases = {
  quote,
  and: 'ja',
  themeName: (fi, sv) => (sv ? `${quote(fi)} (ruotsiksi ${quote(sv)})` : quote(fi)),
  noteOtherThemes: 'Palvelussa on myös muita valtuusasioita: katso Kelan sivulta, mikä niistä vastaa tehtävääsi.',
  unknownTheme: 'palvelun tarvitsema Kelan valtuusasia',
  noteUnknownTheme: 'Emme tiedä varmasti, mitä valtuusasiaa tämä palvelu käyttää: tarkista se Kelan sivulta tai Suomi.fin valtuusasioiden listasta.',
  noteUncertainTheme: 'Tämän valtuusasian nimi on epävarma (Kelan taulukosta ei selviä, onko se Suomi.fi-valtuusasia vai vanha Katso-rooli): tarkista nimi Kelan sivulta.',
  noteIncomplete: 'Palvelulla on myös valtuusasia, jonka nimeä emme ole voineet vahvistaa; koko lista on Kelan sivulla.',
  client: (id) => (id ? `asiakas (Y-tunnus ${id})` : 'asiakas'),
  businessIdLabel: 'Y-tunnus',
  genericService: 'Kelan asiointipalvelu',
  serviceName: (name) => name,
  organisationTypes: {
    company: 'yritys',
    association: 'yhdistys',
    'association-joint-signatory': 'yhdistys, jonka nimenkirjoitukseen tarvitaan useampi henkilö',
    municipality: 'kunta',
    'joint-municipal-authority': 'kuntayhtymä',
    'wellbeing-services-county': 'hyvinvointialue',
    state: 'valtion organisaatio',
    parish: 'seurakunta',
    foundation: 'säätiö',
    estate: 'kuolinpesä',
    'foreign-company': 'ulkomainen yritys',
    partnership: 'elinkeinoyhtymä',
    other: 'muu organisaatio',
  },
  type: (type) => MANDATE_TYPE_FACTS[type].names.fi,
  check: `Tarkista Suomi.fi-valtuuksista: valitse ${ui.personal.fi} ja avaa ${quote(ui.received.fi)}. Napsauta organisaation nimeä, niin näet valtuusasiat, valtuustyypin ja voimassaolon.`,
  checkOrganisation: `Organisaatiosi saamat valtuudet näkee Suomi.fi-valtuuksissa (${quote(ui.company.fi)} → valitse organisaatio → ${quote(ui.received.fi)}) vain organisaation nimenkirjoittaja, edustajan valtuutusoikeuden haltija tai henkilö, jolla on valtuusasia ${quote('Valtuusrekisterin tietojen katselu')}: pyydä jotakuta heistä tarkistamaan.`,
  grant: `Valtuus annetaan Suomi.fi-valtuuksissa: ${quote(ui.company.fi)} → valitse organisaatio → ${quote(ui.grant.fi)}.`,
  themeList: `Kelan valtuusasiat löydät Suomi.fin ${themeList.pageName}-sivulta hakusanalla ${quote(themeList.searchWord)}.`,
  support: `${support.names.fi}: ${support.email}, puh. ${support.phone}${support.hours ? `, ${openingHoursText(support.hours, 'fi')}` : ''}.`,
  linkLabels: {
    valtuudet: 'Suomi.fi-valtuudet',
    'theme-list': 'Suomi.fi: Valtuusasiat (hae sanalla ”Kela”)',
    'kela-mandates': 'Kela: palvelussa tarvittavat valtuudet',
    'kela-troubleshooting': 'Kela: ongelmatilanteet asiointipalveluihin kirjautumisessa',
    'dvv-guide': 'Digi- ja väestötietovirasto: ohjeet organisaatioille',
    'officer-service': 'Suomi.fi: Hakemuksella valtuuttaminen',
    'mandate-types': 'Suomi.fi: valtuustyyppien erot',
    'kela-support': 'Sähköposti Kelan tekniseen asiakastukeen',
  },
  pageIn: { fi: '', sv: ' (ruotsiksi)', en: ' (englanniksi)' },
  unverifiedUrl: ' – osoite on päätelty, ei vahvistettu',
}

const rules: LanguagePack['rules'] = {
  'not-strongly-identified': {
    title: () => 'Kirjaudu vahvalla tunnistautumisella',
    explanation: (c) => sentences(
      `Palveluun ${c.service} kirjaudutaan vahvalla Suomi.fi-tunnistautumisella omilla tunnistusvälineilläsi.`,
      'Ilman vahvaa tunnistautumista et pääse palveluun, vaikka valtuudet olisivat kunnossa.',
    ),
    steps: () => [
      'Kirjaudu uudelleen henkilökohtaisilla pankkitunnuksillasi, mobiilivarmenteella tai varmennekortilla.',
      'Jos sinulla ei ole suomalaista henkilötunnusta: Kela mainitsee kumppanipalvelujensa tunnistusvälineissä Finnish Authenticator -sovelluksen, vaikka DVV:n mukaan se ei ole vahva tunnistus. Käytä sitä, jos palvelu tarjoaa sen.',
    ],
  },
  'katso-ended': {
    title: () => 'Katso-tunnisteet eivät enää toimi Kelassa',
    explanation: (c) => sentences(
      `Katso ei enää toimi Kelan palveluissa: Kelan mukaan Katso-valtuudet toimivat sen palveluissa ${formatDate(c.lang, KATSO_ENDED_AT_KELA)} asti, ja Kelan organisaatioiden asiointipalveluihin tarvitaan ${formatDate(c.lang, SUOMI_FI_REQUIRED)} alkaen Suomi.fi-tunnistautuminen ja Suomi.fi-valtuudet.`,
      `(Tulorekisterin ja Verohallinnon palveluissa Katso toimi ${formatDate(c.lang, KATSO_ENDED_AT_INCOMES_REGISTER)} asti; se päivä ei koske Kelaa.)`,
      'Katso-roolit eivät siirtyneet Suomi.fi-valtuuksiksi, vaan valtuudet piti antaa uudelleen.',
    ),
    steps: (c) => [
      'Kirjaudu omilla pankkitunnuksillasi, mobiilivarmenteella tai varmennekortilla.',
      `Pyydä organisaatioltasi Suomi.fi-valtuus, jossa on valtuusasia ${c.theme}.`,
      c.themeList,
    ],
  },
  'foreign-user-needs-uid': {
    title: () => 'Tarvitset Finnish Authenticator -tunnisteen (UID)',
    explanation: () => 'Ilman suomalaista henkilötunnusta sinulle ei voi antaa Suomi.fi-valtuutta. Rekisteröidy ensin Finnish Authenticator -sovellukseen: saat UID-tunnisteen, jolla sinut voidaan valtuuttaa ja jolla kirjaudut.',
    steps: () => [
      'Asenna Finnish Authenticator ja rekisteröidy passilla tai EU-, ETA-maan tai Sveitsin henkilökortilla (ajokortti ei käy).',
      'Kerro UID-tunnisteesi organisaatiosi valtuuksien antajalle, joka antaa sinulle valtuuden.',
      'Kirjaudu Kelan palveluun Finnish Authenticatorilla.',
    ],
  },
  'no-mandate': {
    title: () => 'Sinulla ei ole valtuutta organisaatioltasi',
    explanation: (c) => sentences(
      `Oman organisaatiosi asioihin palvelussa ${c.service} tarvitset organisaatioltasi asiointivaltuuden, jossa on valtuusasia ${c.theme}.`,
      'Saaduissa valtuuksissasi ei ole yhtään valtuutta organisaatioltasi. Ilman valtuutta voivat asioida vain kaupparekisteriin tai YTJ:hin merkityt vastuuhenkilöt, kuten toimitusjohtaja.',
      c.themeNote,
    ),
    steps: (c) => [
      c.check,
      `Pyydä organisaatiosi valtuuksia hallinnoivaa henkilöä antamaan sinulle asiointivaltuus valtuusasialla ${c.theme}. Voit myös itse pyytää valtuutta Suomi.fi-valtuuksissa, mutta kerro pyynnöstä hallinnoijalle: Suomi.fi ei lähetä pyynnöstä viestiä, vaan hallinnoija näkee sen vasta kirjautuessaan Valtuudet-palveluun ja valitessaan organisaation.`,
      c.grant,
      c.themeList,
    ],
  },
  'missing-theme': {
    title: () => 'Valtuudestasi puuttuu tarvittava valtuusasia',
    explanation: (c) => c.lacking
      ? sentences('Pääsit palveluun, mutta toiminto estettiin.', `Valtuuksistasi puuttuvat nämä palvelun ${c.service} valtuusasiat: ${c.lacking}. Tehtäväsi tarvitsee todennäköisesti jonkin niistä.`)
      : sentences(`Valtuudessasi ei ole valtuusasiaa ${c.theme}, jota tämä tehtävä palvelussa ${c.service} vaatii.`, 'Valtuudet ovat tehtäväkohtaisia: kukin tehtävä tarvitsee oman valtuusasiansa.', c.themeNote),
    steps: (c) => [
      c.check,
      c.lacking
        ? 'Pyydä valtuuden antajaa antamaan sinulle uusi valtuus, jossa on tehtävääsi tarvittava valtuusasia: jo annettuun valtuuteen ei voi lisätä valtuusasioita.'
        : `Pyydä valtuuden antajaa antamaan sinulle uusi valtuus valtuusasialla ${c.theme}: jo annettuun valtuuteen ei voi lisätä valtuusasioita.`,
      c.grant,
      c.themeList,
    ],
  },
  'incomes-register-theme': {
    title: () => 'Sinulla on Tulorekisterin valtuusasia, ei Kelan',
    explanation: (c) => sentences(
      `${c.byClient ? 'Asiakkaan organisaatiollesi antamassa valtuudessa' : 'Valtuudessasi'} on Tulorekisterin valtuusasia ${c.incomesRegister}. Se toimii vain Tulorekisterissä, ei Kelan palveluissa.`,
      `Palvelu ${c.service} tarvitsee Kelan valtuusasian ${c.theme}.`,
      c.themeNote,
    ),
    steps: (c) => [
      c.check,
      `Pyydä valtuuden antajaa antamaan valtuus Kelan valtuusasialla ${c.theme}. Tulorekisterin valtuusasian voi pitää, jos sitä tarvitaan Tulorekisterissä.`,
      c.themeList,
    ],
  },
  'needs-asiointivaltuus': {
    title: () => 'Väärä valtuustyyppi: tarvitset asiointivaltuuden',
    explanation: (c) => sentences(
      `Valtuutesi on tyypiltään ${c.type('edustamisvaltuus')}. Se on tarkoitettu asiakkaiden organisaatiollesi antamien valtuuksien käyttöön, esimerkiksi tilitoimistossa.`,
      'Oman organisaatiosi asioihin tarvitset asiointivaltuuden. Kelan mukaan väärä valtuustyyppi voi estää asioinnin kokonaan.',
    ),
    steps: (c) => [
      c.check,
      `Pyydä valtuuksien hallinnoijaa antamaan sinulle asiointivaltuus valtuusasialla ${c.theme}.`,
      c.grant,
    ],
  },
  'needs-edustamisvaltuus': {
    title: () => 'Asiakkaan asioihin tarvitset edustamisvaltuuden',
    explanation: (c) => sentences(
      'Kun hoidat asiakkaan asioita organisaatiosi kautta, asiakas antaa organisaatiollesi asiointivaltuuden ja organisaatiosi antaa sinulle edustamisvaltuuden.',
      `Sinulla ei ole organisaatioltasi edustamisvaltuutta, jossa on valtuusasia ${c.theme}. Asiointivaltuus ei tähän riitä: se koskee vain organisaation omia asioita.`,
    ),
    steps: (c) => [
      c.check,
      `Pyydä organisaatiosi valtuuksien hallinnoijaa antamaan sinulle edustamisvaltuus valtuusasialla ${c.theme}. Jos valtuus rajataan asiakkaiden Y-tunnuksilla, rajaukseen pitää kuulua ${c.client}.`,
      c.grant,
    ],
  },
  'register-role-needs-edustamisvaltuus': {
    title: () => 'Asemasi ei riitä asiakkaan asioihin: tarvitset edustamisvaltuuden',
    explanation: (c) => sentences(
      `Roolisi (${c.role}) oikeuttaa asioimaan oman organisaatiosi puolesta ilman valtuutta, mutta ei asiakkaan puolesta.`,
      `Asiakkaan asioihin tarvitset organisaatioltasi edustamisvaltuuden valtuusasialla ${c.theme}, vaikka antaisit sen itse itsellesi.`,
    ),
    steps: (c) => [
      `Anna itsellesi edustamisvaltuus valtuusasialla ${c.theme}. ${c.grant}`,
      `Tarkista myös, että ${c.client} on antanut organisaatiollesi asiointivaltuuden samalla valtuusasialla.`,
    ],
  },
  'client-mandate-missing': {
    title: () => 'Asiakas ei ole antanut organisaatiollesi tarvittavaa valtuutta',
    explanation: (c) => sentences(
      `Jotta voit hoitaa asiakkaan asioita, ${c.client} antaa ensin organisaatiollesi asiointivaltuuden valtuusasialla ${c.theme}.`,
      'Organisaatiosi saamista valtuuksista sellaista ei löydy.',
      c.themeNote,
    ),
    steps: (c) => [
      c.checkOrganisation,
      `Pyydä asiakasta antamaan organisaatiollesi (sen Y-tunnukselle) asiointivaltuus valtuusasialla ${c.theme}. Organisaatiossasi edustajan valtuutusoikeuden saanut voi myös lähettää asiakkaalle valtuuspyynnön.`,
      c.themeList,
    ],
  },
  'restriction-excludes-client': {
    title: () => 'Edustamisvaltuutesi on rajattu muihin asiakkaisiin',
    explanation: (c) => sentences(
      'Edustamisvaltuudessasi on rajaustarkenne, joka sallii vain tiettyjen asiakkaiden Y-tunnukset.',
      `${c.client[0]!.toUpperCase()}${c.client.slice(1)} ei ole niiden joukossa, joten et voi hoitaa sen asioita.`,
    ),
    steps: (c) => [
      c.check,
      `Pyydä valtuuksien hallinnoijaa antamaan sinulle uusi edustamisvaltuus, jonka tarkenteessa on myös ${c.client} (kohta ”${VALTUUDET_UI.specifier.fi}”): jo annetun valtuuden tarkennetta ei voi täydentää.`,
    ],
  },
  'restriction-excludes-workplace': {
    title: () => 'Valtuutesi on rajattu toiseen toimipaikkaan',
    explanation: (c) => sentences(
      'Työterveyshuollon korvausten asiointipalvelussa valtuuden voi rajata toimipaikkatarkenteella, joka on organisaation itse valitsema numero.',
      `Valtuutesi tarkenne ei sisällä toimipaikkaa ${c.workplace}.`,
    ),
    steps: (c) => [
      c.check,
      `Pyydä ${c.byClient ? 'asiakasta' : 'valtuuksien hallinnoijaa'} antamaan uusi valtuus, jonka tarkenteessa on myös toimipaikka ${c.workplace} (kohta ”${VALTUUDET_UI.specifier.fi}”), tai valtuus ilman toimipaikkarajausta: jo annetun valtuuden tarkennetta ei voi täydentää.`,
    ],
  },
  'mandate-expired': {
    title: () => 'Valtuus on päättynyt',
    explanation: (c) => sentences(
      `Valtuus, joka kattaisi tehtäväsi, päättyi ${c.date}.`,
      `Organisaation antaman valtuuden päättymisestä Suomi.fi ei muistuta (vain henkilöiden antamista valtuuksista tulee ilmoitus Suomi.fi-viesteihin), ja moni valtuus annettiin aikanaan ${DEFAULT_VALIDITY_YEARS} vuodeksi.`,
    ),
    steps: (c) => [
      c.byClient
        ? `Pyydä asiakasta antamaan organisaatiollesi uusi asiointivaltuus valtuusasialla ${c.theme}.`
        : `Pyydä valtuuksien hallinnoijaa antamaan sinulle uusi valtuus valtuusasialla ${c.theme}.`,
      c.byClient ? c.checkOrganisation : c.grant,
    ],
  },
  'mandate-not-yet-valid': {
    title: () => 'Valtuus ei ole vielä voimassa',
    explanation: (c) => sentences(`Valtuus, joka kattaisi tehtäväsi, tulee voimaan vasta ${c.date}.`, 'Sitä ennen palvelu ei hyväksy sitä.'),
    steps: (c) => [
      c.check,
      `Odota voimaantuloa, tai pyydä ${c.byClient ? 'asiakasta' : 'valtuuksien hallinnoijaa'} antamaan valtuus, joka on voimassa jo nyt.`,
    ],
  },
  'request-pending': {
    title: () => 'Valtuuspyyntöä ei ole vielä hyväksytty',
    explanation: () => sentences(
      'Valtuutta on pyydetty, mutta pyyntö muuttuu valtuudeksi vasta, kun valtuuttaja hyväksyy sen.',
      'Suomi.fi ei lähetä pyynnöstä viestiä: valtuuttaja näkee sen vasta kirjautuessaan Valtuudet-palveluun ja valitessaan organisaation, joten hän ei ehkä tiedä siitä.',
    ),
    steps: (c) => [
      `Kerro pyynnöstä ${c.byClient ? 'asiakkaalle' : 'organisaatiosi valtuuksia hallinnoivalle henkilölle'}: pyyntö näkyy, kun hän kirjautuu Suomi.fi-valtuuksiin, ja hän voi hyväksyä sen siellä.`,
      c.check,
    ],
  },
  'grant-right-only': {
    title: () => 'Sinulla on vain oikeus antaa valtuuksia, ei asioida',
    explanation: (c) => sentences(
      `Sinulla on ${quote(c.heldRight || 'valtuutusoikeus')}. Se oikeuttaa antamaan valtuuksia, mutta ei asioimaan.`,
      `Asiointiin tarvitset valtuuden, jonka valtuustyyppi on ${quote(c.neededType)}, valtuusasialla ${c.theme}.`,
      c.rightCase === 'self' ? 'Voit antaa sen itsellesi.'
        : c.rightCase === 'self-unstated' ? `Suomi.fin ohjeen mukaan ${quote(c.neededRight)} -oikeuden haltija antaa näitä valtuuksia toisille työntekijöille; voiko sen antaa itselleen, ohje ei kerro.`
        : `Valtuutesi oikeuttaa antamaan vain ${quote(c.heldGrants)}-tyyppisiä valtuuksia. Valtuuden, jonka tyyppi on ${quote(c.neededType)}, antaa henkilö, jolla on ${quote(c.neededRight)}.`,
    ),
    steps: (c) => c.rightCase === 'self'
      ? [`Anna itsellesi valtuus, jonka valtuustyyppi on ${quote(c.neededType)}, valtuusasialla ${c.theme}. ${c.grant}`]
      : [
          `Pyydä henkilöä, jolla on ${quote(c.neededRight)}, antamaan sinulle valtuus, jonka valtuustyyppi on ${quote(c.neededType)}, valtuusasialla ${c.theme}.`,
          `Jos organisaatiossasi ei ole ketään, jolla on ${quote(c.neededRight)}, sen voi antaa henkilö, jolla on oikeus antaa valtuuksia organisaation puolesta (esimerkiksi yksin nimenkirjoitusoikeutettu).`,
        ],
  },
  'prokurist-limited': {
    title: () => 'Prokuristi tarvitsee tähän palveluun valtuuden',
    explanation: (c) => sentences(
      `Kelan mukaan prokuristi voi asioida ilman valtuutta vain näissä palveluissa: ${prokuristServices('fi', 'ja')}.`,
      `Palveluun ${c.service} tarvitset organisaatioltasi asiointivaltuuden valtuusasialla ${c.theme}.`,
    ),
    steps: (c) => [`Pyydä organisaatiosi valtuuksien hallinnoijaa antamaan sinulle asiointivaltuus valtuusasialla ${c.theme}.`, c.grant, c.themeList],
  },
  'expires-soon': {
    title: () => 'Valtuus päättyy pian',
    explanation: (c) => sentences(
      `Valtuus, jota käytät, on voimassa ${c.date} asti (${c.days === 0 ? 'päättyy tänään' : `${c.days} päivää jäljellä`}).`,
      'Organisaation antaman valtuuden päättymisestä Suomi.fi ei muistuta.',
    ),
    steps: (c) => [`Pyydä ${c.byClient ? 'asiakasta' : 'valtuuksien hallinnoijaa'} antamaan uusi valtuus ennen kuin nykyinen päättyy: voimassaoloa ei voi jatkaa.`, c.check],
  },
  'acts-by-register-role': {
    title: () => 'Voit asioida ilman valtuutta roolisi perusteella',
    explanation: (c) => sentences(
      `Olet kaupparekisteriin, yhdistysrekisteriin tai YTJ:hin merkitty ${c.role}.`,
      `Kelan mukaan voit siksi asioida oman organisaatiosi puolesta palvelussa ${c.service} ilman erillistä valtuutta.`,
    ),
    steps: () => ['Asiakkaan asioihin tarvitset silti edustamisvaltuuden, jonka voit antaa myös itsellesi.'],
  },
  'grant-via-officer-service': {
    title: () => 'Organisaatiosi valtuuksia varten tarvitaan ensin valtuushakemus',
    explanation: (c) => sentences(
      `Organisaatiosi (${c.organisationType}) edustajat eivät ole julkisissa rekistereissä, joten sen valtuuksia ei voi aluksi antaa kukaan omatoimisesti.`,
      `Organisaatio hakee ensin nimetyille henkilöille oikeuden, jonka tyyppi on ${quote(c.neededRight)}, valtuushakemuksella (virkailijavaltuuttamispalvelu): sillä annetaan valtuuksia, joiden tyyppi on ${quote(c.neededType)}. Sen jälkeen he voivat antaa niitä Suomi.fi-valtuuksissa.`,
      'Käsittelyaika vaihtelee lähteestä riippuen viikosta useisiin viikkoihin.',
    ),
    steps: (c) => [
      `Selvitä, onko organisaatiossasi jo joku, jolla on ${quote(c.neededRight)}: hän voi antaa valtuuden heti.`,
      'Jos ei ole, tee valtuushakemus (linkki alla).',
    ],
  },
  'kuntayhtyma-mandate-to-person': {
    title: () => 'Kunnan valtuus kuuluu organisaatiollesi, ei suoraan sinulle',
    explanation: (c) => sentences(
      `Sinulla on henkilökohtainen asiointivaltuus suoraan asiakkaalta${c.clientRef}.`,
      'Kelan ohjeen mukaan kunta antaa asiointivaltuuden kuntayhtymälle (tai toiselle kunnalle) organisaationa. Työntekijöille edustamisvaltuudet antaa organisaatiossa henkilö, jolla on edustajan valtuutusoikeus. Näin valtuuksia on helpompi hallita henkilövaihdoksissa.',
    ),
    steps: (c) => [
      `Pyydä asiakasta antamaan asiointivaltuus organisaatiollesi valtuusasialla ${c.theme}.`,
      'Organisaatiossasi edustajan valtuutusoikeuden haltija antaa sen jälkeen sinulle edustamisvaltuuden.',
    ],
  },
  'contact-kela-support': {
    title: () => 'Valtuudet näyttävät olevan kunnossa: ota yhteyttä Kelan tekniseen tukeen',
    explanation: () => sentences(
      'Valtuudet, valtuustyyppi ja mahdolliset rajaustarkenteet näyttävät olevan kunnossa, mutta asiointi ei silti onnistu.',
      'Kelan ohjeen mukaan ota silloin yhteyttä Kelan tekniseen asiakastukeen.',
      'Tekninen tuki selvittää asiointipalvelun ongelmia, mutta valtuuksia Kela ei voi antaa eikä korjata: ne antaa oma organisaatiosi tai asiakas.',
    ),
    steps: (c) => [c.support, 'Kerro palvelun nimi, mitä yritit tehdä ja mitä näytöllä luki.'],
  },
  'service-error': {
    title: () => 'Sivulla on tekninen virhe tai huoltokatko',
    explanation: () => 'Sivu näyttää teknistä virhettä tai huoltokatkoa. Se ei johdu valtuuksistasi.',
    steps: (c) => ['Yritä myöhemmin uudelleen.', `Jos virhe jatkuu: ${c.support}`],
  },
}

const questions: LanguagePack['questions'] = {
  service: 'Missä Kelan asiointipalvelussa olet (esimerkiksi Työnantajan asiointipalvelu tai Kelmu)?',
  'acting-for': 'Hoidatko oman organisaatiosi asioita vai asiakkaan eli toisen organisaation asioita?',
  symptom: 'Mitä tapahtuu: etkö pääse palveluun lainkaan, puuttuuko organisaatio valintalistalta, vai estetäänkö jokin toiminto?',
  mandates: 'Mitä valtuuksia näet Suomi.fi-valtuuksissa kohdassa ”Saadut valtuudet”? Kirjaa jokaisesta valtuuttaja, valtuustyyppi, valtuusasiat ja voimassaolo.',
  identification: 'Millä tunnistauduit: pankkitunnuksilla, mobiilivarmenteella, varmennekortilla vai jollain muulla tavalla?',
  'identity-code': 'Onko sinulla suomalainen henkilötunnus tai Finnish Authenticator -sovelluksen UID-tunniste?',
  'register-role': 'Onko sinulla organisaatiossasi kaupparekisteriin tai YTJ:hin merkitty rooli (esimerkiksi toimitusjohtaja, elinkeinonharjoittaja tai prokuristi)?',
  'organisation-type': 'Millainen organisaatiosi on (esimerkiksi osakeyhtiö, yhdistys, kunta, kuntayhtymä tai säätiö)?',
  'client-business-id': 'Mikä on asiakkaan Y-tunnus?',
  task: 'Mitä tehtävää olet tekemässä, eli mitä valtuusasiaa se tarvitsee?',
  workplace: 'Mitä toimipaikkaa (toimipaikan numeroa) asia koskee?',
}

export const fi: LanguagePack = { lang: 'fi', phrases, rules, questions }
