// Finnish personal identity codes (henkilötunnus, personbeteckning): DDMMYY, a century sign,
// three digits and a check character, e.g. 131052-308T. Valtuusapu never stores one
// (README, "Privacy and security"), so any text that looks like one is refused before it can
// reach storage. "Looks like" is deliberately loose: a plausible date and the shape, without
// the checksum, so that a mistyped code is refused too.
// Century signs: + (1800s), - and Y X W V U (1900s), A B C D E F (2000s), the letters new since
// 1.1.2023 (https://vm.fi/-/henkilotunnusten-riittavyys-varmistetaan-uusilla-valimerkeilla ,
// https://dvv.fi/hetu-uudistus).

const IDENTITY_CODE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})\d{2}[-+A-FU-Y]\d{3}[0-9A-Y](?![\p{L}\p{N}])/iu

/** Whether the text contains something shaped like a personal identity code. */
export function containsIdentityCode(text: string): boolean {
  const match = IDENTITY_CODE.exec(text)
  if (!match) return false
  const day = Number(match[1])
  const month = Number(match[2])
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}
