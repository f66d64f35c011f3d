// Page-detection patterns as data (format and rules: pattern-format.ts; how they combine:
// classify.ts). Every line has fixtures that need it (test/unit/page/patterns.test.ts); cite
// the source of a phrase in the fixture that uses it. Keep the lines sorted: a test checks.
export const PAGE_PATTERNS = `function-denied title=3,heading=3,alert=3,text=1 ei ole oikeutta tahan toimintoon; inte ratt att anvanda funktionen; funktionen ar inte tillaten; not authorised to use this function
identification-failed title=3,heading=3,alert=3,text=1 tunnistautuminen keskeytettiin; tunnistautuminen epaonnistui; identifieringen avbrots; identification failed
info-page url=-2 ^www.kela.fi/; ^www.suomi.fi/ohjeet-ja-tuki/; ^www.suomi.fi/anvisningar-och-stod/; ^www.suomi.fi/instructions-and-support/; ^www.suomi.fi/valtuudet/valtuusasiat; ^www.suomi.fi/fullmakter/fullmaktsarenden; ^www.suomi.fi/e-authorizations/mandate-themes
no-access status=2 403
no-access title=3,heading=3,alert=3,text=1 ei kayttooikeutta; ei ole kayttooikeutta; har inte behorighet; access denied; do not have access; forbidden
organisation-not-listed picker=3 valitse kenen puolesta asioit; valitse ja siirry asiointipalveluun; valj for vems rakning; choose on whose behalf
organisation-not-listed title=3,heading=3,alert=3,text=1 ei ole valtuuksia asioida; yhtaan organisaatiota ei loytynyt; inga fullmakter att utratta arenden; no mandates to act
service-error status=3 5xx
service-error title=3,heading=3,alert=3,text=1 tapahtui virhe; tekninen hairio; havaittu hairio; tilapaisesti poissa kaytosta; huoltokatko; ett fel har intraffat; tjansten ar inte tillganglig; serviceavbrott; error occurred; technical error; service unavailable; temporarily unavailable; internal server error
service-host url=1 ^asiointi.kela.fi/; ^asiointivaltuustarkastus.suomi.fi/; ^tunnistus.suomi.fi/
service:emava title=1,heading=1 emava; maksuvaatimuspalvelu
service:employer title=1,heading=1 tyonantajan asiointipalvelu; tjansten for arbetsgivare
service:employer url=1 /tyonantaja
service:kelmu title=1,heading=1 kelmu
service:occupational-health title=1,heading=1 tyoterveyshuollon korvaus*; ersattningar for foretagshalsovard
service:occupational-health url=1 /tyoterveyshuolto
session-expired status=2 401
session-expired title=3,heading=3,alert=3,text=1 istunto on vanhentunut; istuntosi on vanhentunut; sinut on kirjattu ulos; sessionen har gatt ut; du har loggats ut; session has expired; session expired; you have been logged out
`
