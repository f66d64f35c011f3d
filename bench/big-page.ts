// A realistic 1 MB Kela e-service page for the classifier and page-load budgets: header, menu,
// a long table of applications and paragraphs of help text, and nothing that failed.
export function bigKelaPage(bytes = 1_000_000): string {
  const head = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Hakemukset – Työnantajan asiointipalvelu</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 4px}</style></head><body>
<header><span>Kela · Työnantajan asiointipalvelu</span> <span>Esimerkki Oy (5908301-5)</span> <a href="/logout">Kirjaudu ulos</a></header>
<nav><a href="hakemukset">Hakemukset ja ilmoitukset</a> <a href="paatokset">Päätökset</a> <a href="maksut">Maksut</a></nav>
<main><h1>Hakemukset</h1><div role="status" aria-live="polite"></div><table><thead><tr><th>Hakemus</th><th>Työntekijä</th><th>Poissaolo</th><th>Tila</th><th>Lähetetty</th></tr></thead><tbody>`
  const tail = '</tbody></table></main><footer>Kela</footer></body></html>'
  const rows: string[] = []
  let size = head.length + tail.length
  for (let i = 0; size < bytes; i++) {
    const row = i % 10 === 9
      ? `<tr><td colspan="5"><p>Sairauspäivärahaa haetaan työntekijän palkallisen poissaolon ajalta. Liitä hakemukseen tarvittavat tiedot ja tarkista maksupäivä päätöksestä. Rivi ${i}.</p></td></tr>`
      : `<tr><td>H-${100000 + i}</td><td>Työntekijä ${i % 97}</td><td>${(i % 28) + 1}.3.2026–${(i % 28) + 1}.4.2026</td><td>${i % 3 ? 'Käsittelyssä' : 'Ratkaistu'}</td><td>${(i % 28) + 1}.2.2026</td></tr>`
    rows.push(row)
    size += row.length
  }
  return head + rows.join('\n') + tail
}
