// What the engine asks when the facts cannot decide (contract §2 `questions`). One text per
// question id and language; the popup's guided flow has one widget per id.
import type { Lang } from '../contract/ids.ts'
import type { QuestionId } from '../contract/result.ts'

export const QUESTION_TEXTS: Record<Lang, Record<QuestionId, string>> = {
  fi: {
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
  },
  sv: {
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
  },
  en: {
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
  },
}
