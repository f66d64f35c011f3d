// The diagnosis in Swedish: every rule's title, explanation and steps, the questions, and
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
const themeList = mandateThemeListLink('sv')
const support = KELA_TECHNICAL_SUPPORT

const phrases: Phrases = {
  quote,
  and: 'och',
  themeName: (fi, sv) => (sv ? `${quote(sv)} (på finska ${quote(fi)})` : `${quote(fi)} (det finska namnet; ett svenskt namn har vi inte kunnat bekräfta)`),
  noteOtherThemes: 'Tjänsten har också andra fullmaktsärenden: se på FPA:s sida vilket av dem som motsvarar din uppgift.',
  unknownTheme: 'det av FPA:s fullmaktsärenden som tjänsten behöver',
  noteUnknownTheme: 'Vi vet inte säkert vilket fullmaktsärende den här tjänsten använder: kontrollera det på FPA:s sida eller i listan över fullmaktsärenden på Suomi.fi.',
  noteUncertainTheme: 'Namnet på det här fullmaktsärendet är osäkert (av FPA:s tabell framgår inte om det är ett Suomi.fi-fullmaktsärende eller en gammal Katso-roll): kontrollera namnet på FPA:s sida.',
  noteIncomplete: 'Tjänsten har också ett fullmaktsärende vars namn vi inte har kunnat bekräfta; hela listan finns på FPA:s sida.',
  client: (id) => (id ? `kunden (FO-nummer ${id})` : 'kunden'),
  businessIdLabel: 'FO-nummer',
  genericService: 'FPA:s e-tjänst',
  serviceName: (name) => name,
  organisationTypes: {
    company: 'företag',
    association: 'förening',
    'association-joint-signatory': 'förening som tecknas av flera personer tillsammans',
    municipality: 'kommun',
    'joint-municipal-authority': 'samkommun',
    'wellbeing-services-county': 'välfärdsområde',
    state: 'statlig organisation',
    parish: 'församling',
    foundation: 'stiftelse',
    estate: 'dödsbo',
    'foreign-company': 'utländskt företag',
    partnership: 'näringssammanslutning',
    other: 'annan organisation',
  },
  type: (type) => `${MANDATE_TYPE_FACTS[type].names.sv} (${MANDATE_TYPE_FACTS[type].names.fi})`,
  check: `Kontrollera i Suomi.fi-fullmakter: välj ${quote(ui.personal.sv)} och öppna ${quote(ui.received.sv)}. Klicka på organisationens namn så ser du fullmaktsärendena, fullmaktstypen och giltighetstiden.`,
  checkOrganisation: `Din organisations erhållna fullmakter i Suomi.fi-fullmakter (välj ${quote(ui.company.sv)} och organisationen och öppna ${quote(ui.received.sv)}) ser bara organisationens namntecknare, den som har representantens fullmaktsrätt eller den som har fullmaktsärendet ${quote('Valtuusrekisterin tietojen katselu')} (på finska): be någon av dem kontrollera.`,
  grant: `Fullmakten ges i Suomi.fi-fullmakter: välj ${quote(ui.company.sv)} och organisationen och ge fullmakten.`,
  themeList: `FPA:s fullmaktsärenden hittar du på sidan ${themeList.pageName} på Suomi.fi: sök med ordet ${quote(themeList.searchWord)}.`,
  support: `${support.names.sv}: ${support.email}, tfn ${support.phone}${support.hours ? `, ${openingHoursText(support.hours, 'sv')}` : ''}.`,
  linkLabels: {
    valtuudet: 'Suomi.fi-fullmakter',
    'theme-list': 'Suomi.fi: Fullmaktsärenden (sök med ordet ”FPA”)',
    'kela-mandates': 'FPA: fullmakter som behövs i e-tjänsten',
    'kela-troubleshooting': 'FPA: problem vid inloggningen i e-tjänsterna',
    'dvv-guide': 'Myndigheten för digitalisering och befolkningsdata: anvisningar för organisationer',
    'officer-service': 'Suomi.fi: tjänsten för tjänstemannabefullmäktigande',
    'mandate-types': 'Suomi.fi: olika fullmaktstyper',
    'kela-support': 'E-post till FPA:s tekniska kundsupport',
  },
  pageIn: { fi: ' (på finska)', sv: '', en: ' (på engelska)' },
  unverifiedUrl: ' – adressen är härledd, inte bekräftad',
}

const rules: LanguagePack['rules'] = {
  'not-strongly-identified': {
    title: () => 'Logga in med stark autentisering',
    explanation: (c) => sentences(
      `Till ${c.service} loggar man in med stark Suomi.fi-identifikation med sina egna identifieringsverktyg.`,
      'Utan stark identifiering kommer du inte in, även om fullmakterna är i ordning.',
    ),
    steps: () => [
      'Logga in på nytt med dina personliga nätbankskoder, mobilcertifikat eller certifikatkort.',
      'Om du inte har en finsk personbeteckning: FPA nämner appen Finnish Authenticator bland identifieringsverktygen för sina e-tjänster för samarbetspartner, fast den enligt MDB inte är stark autentisering. Använd den om e-tjänsten erbjuder den.',
    ],
  },
  'katso-ended': {
    title: () => 'Katso-koder fungerar inte längre hos FPA',
    explanation: (c) => sentences(
      `Katso fungerar inte längre i FPA:s tjänster: enligt FPA fungerade Katso-fullmakter i dess tjänster till och med ${formatDate(c.lang, KATSO_ENDED_AT_KELA)}, och från ${formatDate(c.lang, SUOMI_FI_REQUIRED)} krävs Suomi.fi-identifikation och Suomi.fi-fullmakter i FPA:s e-tjänster för organisationer.`,
      `(I inkomstregistrets och Skatteförvaltningens tjänster fungerade Katso till och med ${formatDate(c.lang, KATSO_ENDED_AT_INCOMES_REGISTER)}; det datumet gäller inte FPA.)`,
      'Katso-rollerna fördes inte över till Suomi.fi-fullmakter, utan fullmakterna måste ges på nytt.',
    ),
    steps: (c) => [
      'Logga in med dina nätbankskoder, mobilcertifikat eller certifikatkort.',
      `Be din organisation om en Suomi.fi-fullmakt med fullmaktsärendet ${c.theme}.`,
      c.themeList,
    ],
  },
  'foreign-user-needs-uid': {
    title: () => 'Du behöver en UID-kod i Finnish Authenticator',
    explanation: () => 'Utan finsk personbeteckning kan du inte få en Suomi.fi-fullmakt. Registrera dig först i appen Finnish Authenticator: du får en UID-kod som du kan befullmäktigas med och som du loggar in med.',
    steps: () => [
      'Installera Finnish Authenticator och registrera dig med pass eller identitetskort från ett EU- eller EES-land eller Schweiz (körkort duger inte).',
      'Ge din UID-kod till den som ger fullmakter i din organisation, så att hen kan ge dig en fullmakt.',
      'Logga in i FPA:s e-tjänst med Finnish Authenticator.',
    ],
  },
  'no-mandate': {
    title: () => 'Du har ingen fullmakt från din organisation',
    explanation: (c) => sentences(
      `För din egen organisations ärenden i ${c.service} behöver du en ärendefullmakt från organisationen med fullmaktsärendet ${c.theme}.`,
      'Bland dina erhållna fullmakter finns ingen fullmakt från din organisation. Utan fullmakt kan bara ansvarspersoner som är registrerade i handelsregistret eller FODS sköta ärenden, till exempel verkställande direktören.',
      c.themeNote,
    ),
    steps: (c) => [
      c.check,
      `Be den som administrerar fullmakterna i din organisation att ge dig en ärendefullmakt med fullmaktsärendet ${c.theme}. Du kan också själv begära fullmakten i Suomi.fi-fullmakter, men berätta det för administratören: Suomi.fi skickar inget meddelande om begäran, utan administratören ser den först när hen loggar in i tjänsten Fullmakter och väljer organisationen.`,
      c.grant,
      c.themeList,
    ],
  },
  'missing-theme': {
    title: () => 'Fullmakten saknar det fullmaktsärende som behövs',
    explanation: (c) => c.lacking
      ? sentences('Du kom in i e-tjänsten, men funktionen nekades.', `Dina fullmakter saknar följande fullmaktsärenden i ${c.service}: ${c.lacking}. Din uppgift behöver sannolikt något av dem.`)
      : sentences(`Din fullmakt saknar fullmaktsärendet ${c.theme}, som den här uppgiften i ${c.service} kräver.`, 'Fullmakterna gäller per uppgift: varje uppgift behöver sitt eget fullmaktsärende.', c.themeNote),
    steps: (c) => [
      c.check,
      c.lacking
        ? 'Be den som gav fullmakten att ge dig en ny fullmakt med det fullmaktsärende som din uppgift behöver: fullmaktsärenden kan inte läggas till i en fullmakt som redan getts.'
        : `Be den som gav fullmakten att ge dig en ny fullmakt med fullmaktsärendet ${c.theme}: fullmaktsärenden kan inte läggas till i en fullmakt som redan getts.`,
      c.grant,
      c.themeList,
    ],
  },
  'incomes-register-theme': {
    title: () => 'Du har inkomstregistrets fullmaktsärende, inte FPA:s',
    explanation: (c) => sentences(
      `${c.byClient ? 'Fullmakten som kunden gav din organisation' : 'Din fullmakt'} har inkomstregistrets fullmaktsärende ${c.incomesRegister}. Det gäller bara i inkomstregistret, inte i FPA:s e-tjänster.`,
      `I ${c.service} behövs FPA:s fullmaktsärende ${c.theme}.`,
      c.themeNote,
    ),
    steps: (c) => [
      c.check,
      `Be den som ger fullmakten att ge en fullmakt med FPA:s fullmaktsärende ${c.theme}. Inkomstregistrets fullmaktsärende kan vara kvar om det behövs i inkomstregistret.`,
      c.themeList,
    ],
  },
  'needs-asiointivaltuus': {
    title: () => 'Fel fullmaktstyp: du behöver en ärendefullmakt',
    explanation: (c) => sentences(
      `Din fullmakt är en ${c.type('edustamisvaltuus')}. Den är avsedd för att använda fullmakter som kunder har gett organisationen, till exempel på en bokföringsbyrå.`,
      `För din egen organisations ärenden behöver du en ${c.type('asiointivaltuus')}. Enligt FPA kan fel fullmaktstyp hindra användningen helt.`,
    ),
    steps: (c) => [
      c.check,
      `Be den som administrerar fullmakterna att ge dig en ärendefullmakt med fullmaktsärendet ${c.theme}.`,
      c.grant,
    ],
  },
  'needs-edustamisvaltuus': {
    title: () => 'För kundens ärenden behöver du en representationsfullmakt',
    explanation: (c) => sentences(
      'När du sköter en kunds ärenden via din organisation ger kunden din organisation en ärendefullmakt, och din organisation ger dig en representationsfullmakt.',
      `Du har ingen representationsfullmakt från din organisation med fullmaktsärendet ${c.theme}. En ärendefullmakt räcker inte: den gäller bara organisationens egna ärenden.`,
    ),
    steps: (c) => [
      c.check,
      `Be den som administrerar fullmakterna i din organisation att ge dig en representationsfullmakt med fullmaktsärendet ${c.theme}. Om fullmakten begränsas med kundernas FO-nummer måste ${c.client} ingå.`,
      c.grant,
    ],
  },
  'register-role-needs-edustamisvaltuus': {
    title: () => 'Din ställning räcker inte för kundens ärenden: du behöver en representationsfullmakt',
    explanation: (c) => sentences(
      `Din roll (${c.role}) ger rätt att sköta din egen organisations ärenden utan fullmakt, men inte kundens.`,
      `För kundens ärenden behöver du en representationsfullmakt från din organisation med fullmaktsärendet ${c.theme}, även om du ger den till dig själv.`,
    ),
    steps: (c) => [
      `Ge dig själv en representationsfullmakt med fullmaktsärendet ${c.theme}. ${c.grant}`,
      `Kontrollera också att ${c.client} har gett din organisation en ärendefullmakt med samma fullmaktsärende.`,
    ],
  },
  'client-mandate-missing': {
    title: () => 'Kunden har inte gett din organisation den fullmakt som behövs',
    explanation: (c) => sentences(
      `För att du ska kunna sköta kundens ärenden måste ${c.client} först ge din organisation en ärendefullmakt med fullmaktsärendet ${c.theme}.`,
      'Bland de fullmakter din organisation har fått finns ingen sådan.',
      c.themeNote,
    ),
    steps: (c) => [
      c.checkOrganisation,
      `Be kunden ge din organisation (dess FO-nummer) en ärendefullmakt med fullmaktsärendet ${c.theme}. Den som har representantens fullmaktsrätt i din organisation kan också skicka kunden en begäran om fullmakt.`,
      c.themeList,
    ],
  },
  'restriction-excludes-client': {
    title: () => 'Din representationsfullmakt är begränsad till andra kunder',
    explanation: (c) => sentences(
      'Din representationsfullmakt har en avgränsningsspecifikation som bara tillåter vissa kunders FO-nummer.',
      `${c.client[0]!.toUpperCase()}${c.client.slice(1)} finns inte bland dem, så du kan inte sköta dess ärenden.`,
    ),
    steps: (c) => [
      c.check,
      `Be den som administrerar fullmakterna att ge dig en ny representationsfullmakt vars specifikation också omfattar ${c.client} (punkten ”${VALTUUDET_UI.specifier.sv}”): specifikationen i en fullmakt som redan getts kan inte kompletteras.`,
    ],
  },
  'restriction-excludes-workplace': {
    title: () => 'Din fullmakt är begränsad till ett annat verksamhetsställe',
    explanation: (c) => sentences(
      'I e-tjänsten för ersättningar för företagshälsovård kan en fullmakt begränsas till verksamhetsställen med ett nummer som organisationen själv bestämmer.',
      `Specifikationen i din fullmakt omfattar inte verksamhetsställe ${c.workplace}.`,
    ),
    steps: (c) => [
      c.check,
      `Be ${c.byClient ? 'kunden' : 'den som administrerar fullmakterna'} att ge en ny fullmakt vars specifikation också omfattar verksamhetsställe ${c.workplace} (punkten ”${VALTUUDET_UI.specifier.sv}”), eller en fullmakt utan begränsning till verksamhetsställe: specifikationen i en fullmakt som redan getts kan inte kompletteras.`,
    ],
  },
  'mandate-expired': {
    title: () => 'Fullmakten har gått ut',
    explanation: (c) => sentences(
      `Den fullmakt som skulle täcka din uppgift upphörde ${c.date}.`,
      `Suomi.fi påminner inte om att en fullmakt som en organisation gett upphör (bara om fullmakter som personer gett kommer ett meddelande till Suomi.fi-meddelanden), och många fullmakter gavs för ${DEFAULT_VALIDITY_YEARS} år.`,
    ),
    steps: (c) => [
      c.byClient
        ? `Be kunden ge din organisation en ny ärendefullmakt med fullmaktsärendet ${c.theme}.`
        : `Be den som administrerar fullmakterna att ge dig en ny fullmakt med fullmaktsärendet ${c.theme}.`,
      c.byClient ? c.checkOrganisation : c.grant,
    ],
  },
  'mandate-not-yet-valid': {
    title: () => 'Fullmakten gäller inte ännu',
    explanation: (c) => sentences(`Den fullmakt som skulle täcka din uppgift träder i kraft först ${c.date}.`, 'Innan dess godtar e-tjänsten den inte.'),
    steps: (c) => [
      c.check,
      `Vänta tills den gäller, eller be ${c.byClient ? 'kunden' : 'den som administrerar fullmakterna'} att ge en fullmakt som gäller redan nu.`,
    ],
  },
  'request-pending': {
    title: () => 'Begäran om fullmakt har inte godkänts ännu',
    explanation: () => sentences(
      'Fullmakten har begärts, men begäran blir en fullmakt först när fullmaktsgivaren godkänner den.',
      'Suomi.fi skickar inget meddelande om begäran: fullmaktsgivaren ser den först när hen loggar in i tjänsten Fullmakter och väljer organisationen, så hen vet kanske inte om den.',
    ),
    steps: (c) => [
      `Berätta om begäran för ${c.byClient ? 'kunden' : 'den som administrerar fullmakterna i din organisation'}: begäran syns när hen loggar in i Suomi.fi-fullmakter och kan godkännas där.`,
      c.check,
    ],
  },
  'grant-right-only': {
    title: () => 'Du har bara rätt att ge fullmakter, inte att uträtta ärenden',
    explanation: (c) => sentences(
      `Du har ${c.heldRight || 'fullmaktsrätt'}. Den ger rätt att ge fullmakter, men inte att uträtta ärenden.`,
      `För att uträtta ärenden behöver du en fullmakt av typen ${c.neededType} med fullmaktsärendet ${c.theme}.`,
      c.rightCase === 'self' ? 'Du kan ge den till dig själv.'
        : c.rightCase === 'self-unstated' ? `Enligt Suomi.fi:s anvisning ger den som har ${c.neededRight} sådana fullmakter till andra anställda; om hen kan ge en till sig själv säger anvisningen inte.`
        : `Din rätt gäller bara fullmakter av typen ${c.heldGrants}. En fullmakt av typen ${c.neededType} ges av en person som har ${c.neededRight}.`,
    ),
    steps: (c) => c.rightCase === 'self'
      ? [`Ge dig själv en fullmakt av typen ${c.neededType} med fullmaktsärendet ${c.theme}. ${c.grant}`]
      : [
          `Be en person som har ${c.neededRight} att ge dig en fullmakt av typen ${c.neededType} med fullmaktsärendet ${c.theme}.`,
          `Om ingen i din organisation har ${c.neededRight} kan den ges av en person som har rätt att ge fullmakter för organisationen (till exempel den som har ensam namnteckningsrätt).`,
        ],
  },
  'prokurist-limited': {
    title: () => 'En prokurist behöver fullmakt för den här tjänsten',
    explanation: (c) => sentences(
      `Enligt FPA kan en prokurist uträtta ärenden utan fullmakt bara i ${prokuristServices('sv', 'och')}.`,
      `För ${c.service} behöver du en ärendefullmakt från din organisation med fullmaktsärendet ${c.theme}.`,
    ),
    steps: (c) => [`Be den som administrerar fullmakterna i din organisation att ge dig en ärendefullmakt med fullmaktsärendet ${c.theme}.`, c.grant, c.themeList],
  },
  'expires-soon': {
    title: () => 'Fullmakten går snart ut',
    explanation: (c) => sentences(
      `Fullmakten du använder gäller till och med ${c.date} (${c.days === 0 ? 'går ut i dag' : `${c.days} dagar kvar`}).`,
      'Suomi.fi påminner inte om att en fullmakt som en organisation gett upphör.',
    ),
    steps: (c) => [`Be ${c.byClient ? 'kunden' : 'den som administrerar fullmakterna'} att ge en ny fullmakt innan den nuvarande upphör: giltighetstiden kan inte förlängas.`, c.check],
  },
  'acts-by-register-role': {
    title: () => 'Du kan uträtta ärenden utan fullmakt tack vare din roll',
    explanation: (c) => sentences(
      `Du är registrerad som ${c.role} i handelsregistret, föreningsregistret eller FODS.`,
      `Enligt FPA kan du därför sköta din egen organisations ärenden i ${c.service} utan fullmakt.`,
    ),
    steps: () => ['För kunders ärenden behöver du ändå en representationsfullmakt, som du också kan ge dig själv.'],
  },
  'grant-via-officer-service': {
    title: () => 'Din organisations fullmakter kräver först en fullmaktsansökan',
    explanation: (c) => sentences(
      `Din organisations (${c.organisationType}) företrädare finns inte i offentliga register, så ingen kan till en början ge dess fullmakter på egen hand.`,
      `Organisationen ansöker först om ${c.neededRight} för namngivna personer med en fullmaktsansökan (tjänsten för tjänstemannabefullmäktigande): med den ges fullmakter av typen ${c.neededType}. Därefter kan de ge sådana fullmakter i Suomi.fi-fullmakter.`,
      'Handläggningstiden varierar enligt källan från en vecka till flera veckor.',
    ),
    steps: (c) => [
      `Ta reda på om någon i din organisation redan har ${c.neededRight}: hen kan ge fullmakten genast.`,
      'Om ingen har det, gör en fullmaktsansökan (länk nedan).',
    ],
  },
  'kuntayhtyma-mandate-to-person': {
    title: () => 'Kommunens fullmakt ska ges till din organisation, inte direkt till dig',
    explanation: (c) => sentences(
      `Du har en personlig ärendefullmakt direkt från kunden${c.clientRef}.`,
      'Enligt FPA ger kommunen ärendefullmakten till samkommunen (eller den andra kommunen) som organisation. De anställdas representationsfullmakter ges där av en person som har representantens fullmaktsrätt. Då är fullmakterna lättare att hantera när personalen byts.',
    ),
    steps: (c) => [
      `Be kunden ge din organisation en ärendefullmakt med fullmaktsärendet ${c.theme}.`,
      'Den som har representantens fullmaktsrätt i din organisation ger dig sedan en representationsfullmakt.',
    ],
  },
  'contact-kela-support': {
    title: () => 'Fullmakterna verkar vara i ordning: kontakta FPA:s tekniska kundsupport',
    explanation: () => sentences(
      'Fullmakterna, fullmaktstypen och eventuella specifikationer verkar vara i ordning, men det går ändå inte att uträtta ärenden.',
      'Enligt FPA:s anvisning ska du då kontakta FPA:s tekniska kundsupport.',
      'Kundsupporten utreder problem i e-tjänsten, men fullmakter kan FPA varken ge eller rätta: de ges av din egen organisation eller kunden.',
    ),
    steps: (c) => [c.support, 'Berätta vilken e-tjänst det gäller, vad du försökte göra och vad som stod på skärmen.'],
  },
  'service-error': {
    title: () => 'Sidan visar ett tekniskt fel eller ett serviceavbrott',
    explanation: () => 'Sidan visar ett tekniskt fel eller ett serviceavbrott. Det beror inte på dina fullmakter.',
    steps: (c) => ['Försök igen senare.', `Om felet kvarstår: ${c.support}`],
  },
}

const questions: LanguagePack['questions'] = {
  service: 'I vilken av FPA:s e-tjänster är du (till exempel E-tjänsten för arbetsgivare eller Kelmu)?',
  'acting-for': 'Sköter du din egen organisations ärenden eller en kunds, det vill säga en annan organisations, ärenden?',
  symptom: 'Vad händer: kommer du inte alls in i e-tjänsten, saknas organisationen i listan, eller nekas en funktion?',
  mandates: 'Vilka fullmakter ser du i Suomi.fi-fullmakter under ”Erhållna fullmakter”? Anteckna för varje fullmakt fullmaktsgivaren, fullmaktstypen, fullmaktsärendena och giltighetstiden.',
  identification: 'Hur identifierade du dig: med nätbankskoder, mobilcertifikat, certifikatkort eller på annat sätt?',
  'identity-code': 'Har du en finsk personbeteckning eller en UID-kod i appen Finnish Authenticator?',
  'register-role': 'Har du en roll i din organisation som är registrerad i handelsregistret eller FODS (till exempel verkställande direktör, näringsidkare eller prokurist)?',
  'organisation-type': 'Vilken typ av organisation är din (till exempel aktiebolag, förening, kommun, samkommun eller stiftelse)?',
  'client-business-id': 'Vilket är kundens FO-nummer?',
  task: 'Vilken uppgift håller du på med, det vill säga vilket fullmaktsärende behöver den?',
  workplace: 'Vilket verksamhetsställe (verksamhetsställets nummer) gäller ärendet?',
}

export const sv: LanguagePack = { lang: 'sv', phrases, rules, questions }
