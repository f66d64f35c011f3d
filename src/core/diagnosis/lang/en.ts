// The diagnosis in English: every rule's title, explanation and steps, the questions, and
// the phrases they share. One module per language, so a page loads only the language it shows;
// diagnose() in ../index.ts bundles all three. Names, URLs and numbers come from the knowledge
// base (../../knowledge/); the rules' logic is in ../rules/<finding id>.ts.
import { KELA_TECHNICAL_SUPPORT, MANDATE_TYPE_FACTS, VALTUUDET_UI, mandateThemeListLink, openingHoursText } from '../../knowledge/index.ts'
import { KATSO_ENDED_AT_INCOMES_REGISTER, KATSO_ENDED_AT_KELA, SUOMI_FI_REQUIRED } from '../rules/katso-ended.ts'
import { DEFAULT_VALIDITY_YEARS } from '../rules/mandate-expired.ts'
import { prokuristServices } from '../rules/prokurist-limited.ts'
import { formatDate, sentences, type Phrases } from '../text.ts'
import type { LanguagePack } from './pack.ts'

const quote = (text: string): string => `“${text}”`
const ui = VALTUUDET_UI
const themeList = mandateThemeListLink('en')
const support = KELA_TECHNICAL_SUPPORT

const phrases: Phrases = {
  quote,
  and: 'and',
  themeName: (fi, sv) => (sv ? `${quote(fi)} (in Swedish ${quote(sv)})` : `${quote(fi)} (its Finnish name)`),
  noteOtherThemes: 'The service has other mandate themes too: see Kela\'s page for the one that matches your task.',
  unknownTheme: 'the Kela mandate theme the service needs',
  noteUnknownTheme: 'We do not know for sure which mandate theme this service uses: check Kela\'s page or the list of mandate themes on Suomi.fi.',
  noteUncertainTheme: 'This theme name is uncertain (Kela\'s table does not show whether it is the Suomi.fi theme or an old Katso role): check the name on Kela\'s page.',
  noteIncomplete: 'The service also has a theme whose name we could not confirm; the full list is on Kela\'s page.',
  client: (id) => (id ? `the client (Business ID ${id})` : 'the client'),
  businessIdLabel: 'Business ID',
  genericService: 'the Kela e-service',
  serviceName: (name, translated) => (translated ? `Kela's ${name}` : name),
  organisationTypes: {
    company: 'company',
    association: 'association',
    'association-joint-signatory': 'association whose signing rule needs two or more people',
    municipality: 'municipality',
    'joint-municipal-authority': 'joint municipal authority',
    'wellbeing-services-county': 'wellbeing services county',
    state: 'state organisation',
    parish: 'parish',
    foundation: 'foundation',
    estate: 'estate of a deceased person',
    'foreign-company': 'foreign company',
    partnership: 'business partnership',
    other: 'other organisation',
  },
  type: (type) => `${MANDATE_TYPE_FACTS[type].names.en} (${MANDATE_TYPE_FACTS[type].names.fi})`,
  check: `Check in Suomi.fi e-Authorizations: choose ${quote(ui.personal.en)} and open ${quote(ui.received.en)}. Click the organisation's name to see the mandate themes, the mandate type and the validity.`,
  checkOrganisation: `Only your organisation's signatory, a holder of a representative's right to grant a mandate, or someone with the mandate theme ${quote('Valtuusrekisterin tietojen katselu')} (Finnish name) can see the mandates your organisation has received in Suomi.fi e-Authorizations (choose ${quote(ui.company.en)}, pick the organisation and open ${quote(ui.received.en)}): ask one of them to check.`,
  grant: `The mandate is granted in Suomi.fi e-Authorizations: choose ${quote(ui.company.en)}, pick the organisation and grant the mandate.`,
  themeList: `Kela's mandate themes are on Suomi.fi's ${themeList.pageName} page: search for ${quote(themeList.searchWord)}.`,
  support: `${support.names.en}: ${support.email}, tel. ${support.phone}${support.hours ? `, ${openingHoursText(support.hours, 'en')}` : ''}.`,
  linkLabels: {
    valtuudet: 'Suomi.fi e-Authorizations',
    'theme-list': 'Suomi.fi: Mandate themes (search for “Kela”)',
    'kela-mandates': 'Kela: the mandates the service needs',
    'kela-troubleshooting': 'Kela: problems logging in to the e-services',
    'dvv-guide': 'Digital and Population Data Services Agency: guidance for organisations',
    'officer-service': 'Mandate service provided by officials',
    'mandate-types': 'Suomi.fi: the mandate types',
    'kela-support': "E-mail Kela's technical customer support",
  },
  pageIn: { fi: ' (in Finnish)', sv: ' (in Swedish)', en: '' },
  unverifiedUrl: ' – address inferred, not confirmed',
}

const rules: LanguagePack['rules'] = {
  'not-strongly-identified': {
    title: () => 'Log in with strong identification',
    explanation: (c) => sentences(
      `You log in to ${c.service} with strong Suomi.fi e-Identification, using your own means of identification.`,
      'Without strong identification you cannot get in, even if your mandates are in order.',
    ),
    steps: () => [
      'Log in again with your personal online banking codes, a mobile certificate or a certificate card.',
      'If you have no Finnish personal identity code: Kela lists the Finnish Authenticator app among the means of identification for its partner e-services, although DVV says it is not strong identification. Use it if the e-service offers it.',
    ],
  },
  'katso-ended': {
    title: () => 'Katso IDs no longer work at Kela',
    explanation: (c) => sentences(
      `Katso no longer works in Kela's services: Kela says Katso mandates worked in its services until ${formatDate(c.lang, KATSO_ENDED_AT_KELA)}, and since ${formatDate(c.lang, SUOMI_FI_REQUIRED)} Kela's e-services for organisations need Suomi.fi e-Identification and Suomi.fi mandates.`,
      `(In the Incomes Register's and the Tax Administration's services Katso worked until ${formatDate(c.lang, KATSO_ENDED_AT_INCOMES_REGISTER)}; that date is not Kela's.)`,
      'Katso roles were not carried over: the mandates had to be granted again.',
    ),
    steps: (c) => [
      'Log in with your online banking codes, a mobile certificate or a certificate card.',
      `Ask your organisation for a Suomi.fi mandate with the mandate theme ${c.theme}.`,
      c.themeList,
    ],
  },
  'foreign-user-needs-uid': {
    title: () => 'You need a Finnish Authenticator ID (UID)',
    explanation: () => 'Without a Finnish personal identity code you cannot be given a Suomi.fi mandate. Register in the Finnish Authenticator app first: you get a UID that you can be mandated with and log in with.',
    steps: () => [
      'Install Finnish Authenticator and register with a passport or an identity card from an EU or EEA country or Switzerland (a driving licence is not accepted).',
      'Give your UID to the person who grants mandates in your organisation so that they can grant you one.',
      'Log in to the Kela e-service with Finnish Authenticator.',
    ],
  },
  'no-mandate': {
    title: () => 'You have no mandate from your organisation',
    explanation: (c) => sentences(
      `To act for your own organisation in ${c.service} you need a mandate for transactions (asiointivaltuus) from it, with the mandate theme ${c.theme}.`,
      'Your received mandates include none from your organisation. Only people registered in the Trade Register or the Business Information System with a role such as CEO can act without a mandate.',
      c.themeNote,
    ),
    steps: (c) => [
      c.check,
      `Ask the person who manages your organisation's mandates to grant you a mandate for transactions with the theme ${c.theme}. You can also request it yourself in Suomi.fi e-Authorizations, but tell the administrator: Suomi.fi sends no message about a request; the administrator sees it only after logging in to e-Authorizations and choosing the organisation.`,
      c.grant,
      c.themeList,
    ],
  },
  'missing-theme': {
    title: () => 'Your mandate lacks the mandate theme you need',
    explanation: (c) => c.lacking
      ? sentences('You got into the service, but a function was refused.', `Your mandates lack these mandate themes of ${c.service}: ${c.lacking}. Your task most likely needs one of them.`)
      : sentences(`Your mandate does not include the mandate theme ${c.theme}, which this task in ${c.service} needs.`, 'Mandates are per task: each task needs its own mandate theme.', c.themeNote),
    steps: (c) => [
      c.check,
      c.lacking
        ? 'Ask whoever gave you the mandate to grant you a new mandate with the theme your task needs: themes cannot be added to a mandate already given.'
        : `Ask whoever gave you the mandate to grant you a new mandate with the theme ${c.theme}: themes cannot be added to a mandate already given.`,
      c.grant,
      c.themeList,
    ],
  },
  'incomes-register-theme': {
    title: () => 'You hold an Incomes Register theme, not Kela\'s',
    explanation: (c) => sentences(
      `${c.byClient ? 'The mandate the client gave your organisation' : 'Your mandate'} has the Incomes Register theme ${c.incomesRegister}. It works only in the Incomes Register, not in Kela's e-services.`,
      `In ${c.service} you need Kela's mandate theme ${c.theme}.`,
      c.themeNote,
    ),
    steps: (c) => [
      c.check,
      `Ask whoever grants the mandate to grant one with Kela's theme ${c.theme}. The Incomes Register theme can stay if it is needed in the Incomes Register.`,
      c.themeList,
    ],
  },
  'needs-asiointivaltuus': {
    title: () => 'Wrong mandate type: you need a mandate for transactions',
    explanation: (c) => sentences(
      `Your mandate is a ${c.type('edustamisvaltuus')}. That type is for using mandates that clients gave your organisation, for example in an accounting firm.`,
      `For your own organisation's matters you need a ${c.type('asiointivaltuus')}. Kela says a wrong type can block use completely.`,
    ),
    steps: (c) => [
      c.check,
      `Ask the person who manages mandates to grant you a mandate for transactions with the theme ${c.theme}.`,
      c.grant,
    ],
  },
  'needs-edustamisvaltuus': {
    title: () => 'For a client\'s matters you need a mandate to represent',
    explanation: (c) => sentences(
      'When you act for a client through your organisation, the client grants your organisation a mandate for transactions, and your organisation grants you a mandate to represent (edustamisvaltuus).',
      `You have no mandate to represent from your organisation with the theme ${c.theme}. A mandate for transactions is not enough: it covers only your organisation's own matters.`,
    ),
    steps: (c) => [
      c.check,
      `Ask the person who manages your organisation's mandates to grant you a mandate to represent with the theme ${c.theme}. If it is limited to certain clients' Business IDs, ${c.client} must be one of them.`,
      c.grant,
    ],
  },
  'register-role-needs-edustamisvaltuus': {
    title: () => 'Your position is not enough for a client: you need a mandate to represent',
    explanation: (c) => sentences(
      `Your role (${c.role}) lets you act for your own organisation without a mandate, but not for a client.`,
      `For a client's matters you need a mandate to represent (edustamisvaltuus) from your organisation with the theme ${c.theme}, even if you grant it to yourself.`,
    ),
    steps: (c) => [
      `Grant yourself a mandate to represent with the theme ${c.theme}. ${c.grant}`,
      `Also check that ${c.client} has granted your organisation a mandate for transactions with the same theme.`,
    ],
  },
  'client-mandate-missing': {
    title: () => 'The client has not granted your organisation the mandate needed',
    explanation: (c) => sentences(
      `Before you can act for the client, ${c.client} must grant your organisation a mandate for transactions with the theme ${c.theme}.`,
      'Your organisation\'s received mandates include no such mandate.',
      c.themeNote,
    ),
    steps: (c) => [
      c.checkOrganisation,
      `Ask the client to grant your organisation (its Business ID) a mandate for transactions with the theme ${c.theme}. Someone in your organisation with the representative's right to grant a mandate can also send the client a mandate request.`,
      c.themeList,
    ],
  },
  'restriction-excludes-client': {
    title: () => 'Your mandate to represent is limited to other clients',
    explanation: (c) => sentences(
      'Your mandate to represent has a specifier that allows only certain clients\' Business IDs.',
      `${c.client[0]!.toUpperCase()}${c.client.slice(1)} is not one of them, so you cannot act for it.`,
    ),
    steps: (c) => [
      c.check,
      `Ask the person who manages mandates to grant you a new mandate to represent whose specifier also includes ${c.client}: the specifier of a mandate already given cannot be extended.`,
    ],
  },
  'restriction-excludes-workplace': {
    title: () => 'Your mandate is limited to another workplace',
    explanation: (c) => sentences(
      'In the e-service for reimbursements for occupational health care costs, a mandate can be limited to workplaces by a number the organisation chooses itself.',
      `The specifier of your mandate does not include workplace ${c.workplace}.`,
    ),
    steps: (c) => [
      c.check,
      `Ask ${c.byClient ? 'the client' : 'the person who manages mandates'} to grant a new mandate whose specifier also includes workplace ${c.workplace}, or one without a workplace limit: the specifier of a mandate already given cannot be extended.`,
    ],
  },
  'mandate-expired': {
    title: () => 'The mandate has ended',
    explanation: (c) => sentences(
      `The mandate that would cover your task ended on ${c.date}.`,
      `Suomi.fi sends no reminder before a mandate granted by an organisation ends (only for mandates granted by persons does a notice come to Suomi.fi Messages), and many mandates were granted for ${DEFAULT_VALIDITY_YEARS} years.`,
    ),
    steps: (c) => [
      c.byClient
        ? `Ask the client to grant your organisation a new mandate for transactions with the theme ${c.theme}.`
        : `Ask the person who manages mandates to grant you a new mandate with the theme ${c.theme}.`,
      c.byClient ? c.checkOrganisation : c.grant,
    ],
  },
  'mandate-not-yet-valid': {
    title: () => 'The mandate is not valid yet',
    explanation: (c) => sentences(`The mandate that would cover your task starts only on ${c.date}.`, 'Until then the e-service does not accept it.'),
    steps: (c) => [
      c.check,
      `Wait until it starts, or ask ${c.byClient ? 'the client' : 'the person who manages mandates'} to grant a mandate that is valid now.`,
    ],
  },
  'request-pending': {
    title: () => 'The mandate request has not been approved yet',
    explanation: () => sentences(
      'A mandate was requested, but a request becomes a mandate only when the assignor approves it.',
      'Suomi.fi sends no message about a request: the assignor sees it only after logging in to e-Authorizations and choosing the organisation, so they may not know about it.',
    ),
    steps: (c) => [
      `Tell ${c.byClient ? 'the client' : 'the person who manages your organisation\'s mandates'} about the request: they see it when they log in to Suomi.fi e-Authorizations and can approve it there.`,
      c.check,
    ],
  },
  'grant-right-only': {
    title: () => 'You may only grant mandates, not act',
    explanation: (c) => sentences(
      `You hold a ${c.heldRight || 'right to grant a mandate'}. It lets you grant mandates, but not act.`,
      `To act you need a mandate of the type ${c.neededType} with the theme ${c.theme}.`,
      c.rightCase === 'self' ? 'You can grant it to yourself.'
        : c.rightCase === 'self-unstated' ? `Suomi.fi's instructions say the holder of a ${c.neededRight} grants such mandates to other employees; whether they can grant one to themself, the instructions do not say.`
        : `Your right covers only mandates of the type ${c.heldGrants}. A mandate of the type ${c.neededType} is granted by a person with a ${c.neededRight}.`,
    ),
    steps: (c) => c.rightCase === 'self'
      ? [`Grant yourself a mandate of the type ${c.neededType} with the theme ${c.theme}. ${c.grant}`]
      : [
          `Ask a person with a ${c.neededRight} to grant you a mandate of the type ${c.neededType} with the theme ${c.theme}.`,
          `If nobody in your organisation has a ${c.neededRight}, a person with the right to grant mandates on the organisation's behalf (for example a sole signatory) can grant one.`,
        ],
  },
  'prokurist-limited': {
    title: () => 'A prokurist needs a mandate for this service',
    explanation: (c) => sentences(
      `Kela says a holder of procuration (prokurist) can act without a mandate only in Kela's ${prokuristServices('en', 'and in Kela\'s')}.`,
      `For ${c.service} you need a mandate for transactions from your organisation with the theme ${c.theme}.`,
    ),
    steps: (c) => [`Ask the person who manages your organisation's mandates to grant you a mandate for transactions with the theme ${c.theme}.`, c.grant, c.themeList],
  },
  'expires-soon': {
    title: () => 'A mandate ends soon',
    explanation: (c) => sentences(
      `A mandate you rely on is valid until ${c.date} (${c.days === 0 ? 'it ends today' : `${c.days} days left`}).`,
      'Suomi.fi sends no reminder before a mandate granted by an organisation ends.',
    ),
    steps: (c) => [`Ask ${c.byClient ? 'the client' : 'the person who manages mandates'} to grant a new mandate before the current one ends: its validity cannot be extended.`, c.check],
  },
  'acts-by-register-role': {
    title: () => 'Your register role lets you act without a mandate',
    explanation: (c) => sentences(
      `You are registered as ${c.role} in the Trade Register, the Register of Associations or the Business Information System.`,
      `Kela says you can therefore act for your own organisation in ${c.service} without a mandate.`,
    ),
    steps: () => ['For clients\' matters you still need a mandate to represent, which you can also grant to yourself.'],
  },
  'grant-via-officer-service': {
    title: () => 'Your organisation\'s mandates first need an application',
    explanation: (c) => sentences(
      `The representatives of your organisation (${c.organisationType}) are not in public registers, so at first nobody can grant its mandates on their own.`,
      `The organisation first applies for a ${c.neededRight} for named people (mandate service provided by officials): it grants mandates of the type ${c.neededType}. After that they can grant those in Suomi.fi e-Authorizations.`,
      'Processing times vary by source from a week to several weeks.',
    ),
    steps: (c) => [
      `Find out whether someone in your organisation already has a ${c.neededRight}: they can grant yours at once.`,
      'If nobody has, make a mandate application (link below).',
    ],
  },
  'kuntayhtyma-mandate-to-person': {
    title: () => 'The municipality\'s mandate belongs to your organisation, not to you',
    explanation: (c) => sentences(
      `You hold a personal mandate for transactions directly from the client${c.clientRef}.`,
      'Kela says a municipality grants the mandate for transactions to the joint municipal authority (or the other municipality) as an organisation. There, a person with a representative\'s right to grant a mandate grants the staff mandates to represent. That keeps mandates manageable when staff change.',
    ),
    steps: (c) => [
      `Ask the client to grant your organisation a mandate for transactions with the theme ${c.theme}.`,
      'The holder of a representative\'s right to grant a mandate in your organisation then grants you a mandate to represent.',
    ],
  },
  'contact-kela-support': {
    title: () => 'Your mandates look right: contact Kela\'s technical support',
    explanation: () => sentences(
      'Your mandates, their type and any specifiers look right, but access still fails.',
      'Kela\'s instructions say to contact Kela\'s technical customer support in that case.',
      'The support looks into problems of the e-service, but Kela cannot grant or fix mandates: your own organisation or the client grants them.',
    ),
    steps: (c) => [c.support, 'Tell them which e-service it is, what you tried to do and what the screen said.'],
  },
  'service-error': {
    title: () => 'The page shows a technical error or maintenance',
    explanation: () => 'The page shows a technical error or a maintenance break. It is not caused by your mandates.',
    steps: (c) => ['Try again later.', `If the error persists: ${c.support}`],
  },
}

const questions: LanguagePack['questions'] = {
  service: 'Which Kela e-service are you in (for example the e-service for employers, or Kelmu)?',
  'acting-for': 'Are you handling your own organisation\'s matters, or a client\'s (another organisation\'s)?',
  symptom: 'What happens: you cannot get into the service at all, the organisation is missing from the list, or a function is refused?',
  mandates: 'Which mandates do you see in Suomi.fi e-Authorizations under “Received mandates”? Note for each the assignor, the mandate type, the mandate themes and the validity.',
  identification: 'How did you identify yourself: online banking codes, a mobile certificate, a certificate card, or another way?',
  'identity-code': 'Do you have a Finnish personal identity code, or a UID from the Finnish Authenticator app?',
  'register-role': 'Do you have a role in your organisation in the Trade Register or the Business Information System (for example CEO, trader or prokurist)?',
  'organisation-type': 'What kind of organisation is yours (for example a limited company, an association, a municipality, a joint municipal authority or a foundation)?',
  'client-business-id': 'What is the client\'s Business ID (Y-tunnus)?',
  task: 'What task are you doing, that is, which mandate theme does it need?',
  workplace: 'Which workplace (workplace number) does the matter concern?',
}

export const en: LanguagePack = { lang: 'en', phrases, rules, questions }
