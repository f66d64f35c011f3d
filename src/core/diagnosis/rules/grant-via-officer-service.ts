// Organisations whose representatives are not in public registers (municipalities, the state,
// parishes, foundations, estates, foreign companies, associations with joint signing ...) must
// first register a valtuutusoikeus by application before anyone can grant their mandates.
import { OFFICER_SERVICE_TYPES } from '../../knowledge/index.ts'
import { brokenLinks } from '../analyse.ts'
import type { Rule } from '../rule.ts'
import { sentences } from '../text.ts'

export const rule: Rule = {
  id: 'grant-via-officer-service',
  severity: 'advice',
  fixedBy: 'dvv',
  sources: [
    'https://www.kela.fi/tyonantajat-asiointi-asiointivaltuuden-antaminen',
    'https://www.suomi.fi/valtuudet/hakemuksella-valtuuttaminen',
    'https://dvv.fi/virkailijavaltuuttamispalvelu',
    'https://dvv.fi/siirrykatsosta',
  ],
  links: ['officer-service', 'dvv-guide'],
  fires: (a) => {
    const type = a.input.organisation?.type
    const fact = OFFICER_SERVICE_TYPES.find((t) => t.id === type)
    if (!fact) return []
    // Only when nothing at all came from the user's own organisation: if anything did, someone
    // there can already grant mandates.
    const ownGrant = brokenLinks(a).some((link) => (link.id === 'own' || link.id === 'organisation-to-me') && link.defects.includes('none'))
    return ownGrant ? [{ certainty: fact.status === 'confirmed' ? 'certain' : 'likely' }] : []
  },
  text: {
    fi: {
      title: () => 'Organisaatiosi valtuuksia varten tarvitaan ensin valtuushakemus',
      explanation: (c) => sentences(
        `Organisaatiosi (${c.organisationType}) edustajat eivät ole julkisissa rekistereissä, joten sen valtuuksia ei voi aluksi antaa kukaan omatoimisesti.`,
        'Organisaatio hakee ensin valtuutusoikeuden nimetyille henkilöille valtuushakemuksella (virkailijavaltuuttamispalvelu). Sen jälkeen he voivat antaa valtuuksia Suomi.fi-valtuuksissa.',
        'Käsittelyaika vaihtelee lähteestä riippuen viikosta useisiin viikkoihin.',
      ),
      steps: () => [
        'Selvitä, onko organisaatiossasi jo joku, jolla on valtuutusoikeus: hän voi antaa valtuuden heti.',
        'Jos ei ole, tee valtuushakemus (linkki alla).',
      ],
    },
    sv: {
      title: () => 'Din organisations fullmakter kräver först en fullmaktsansökan',
      explanation: (c) => sentences(
        `Din organisations (${c.organisationType}) företrädare finns inte i offentliga register, så ingen kan till en början ge dess fullmakter på egen hand.`,
        'Organisationen ansöker först om fullmaktsrätt för namngivna personer med en fullmaktsansökan (tjänsten för tjänstemannabefullmäktigande). Därefter kan de ge fullmakter i Suomi.fi-fullmakter.',
        'Handläggningstiden varierar enligt källan från en vecka till flera veckor.',
      ),
      steps: () => [
        'Ta reda på om någon i din organisation redan har fullmaktsrätt: hen kan ge fullmakten genast.',
        'Om ingen har det, gör en fullmaktsansökan (länk nedan).',
      ],
    },
    en: {
      title: () => 'Your organisation\'s mandates first need an application',
      explanation: (c) => sentences(
        `The representatives of your organisation (${c.organisationType}) are not in public registers, so at first nobody can grant its mandates on their own.`,
        'The organisation first applies for a right to grant mandates for named people (mandate service provided by officials). After that they can grant mandates in Suomi.fi e-Authorizations.',
        'Processing times vary by source from a week to several weeks.',
      ),
      steps: () => [
        'Find out whether someone in your organisation already has the right to grant mandates: they can grant yours at once.',
        'If nobody has, make a mandate application (link below).',
      ],
    },
  },
}
