#!/usr/bin/env node
// Generates content/geo/communes.tsv, the embedded list of communes, from the npm package
// @etalab/decoupage-administratif 6.0.0 (Code officiel géographique 2026 of INSEE, postcodes
// of La Poste; Licence Ouverte). Run at development time only, never at build, test or run
// time, and never install the package inside the repository:
//
//   d=$(mktemp -d) && npm install --prefix "$d" @etalab/decoupage-administratif@6.0.0 &&
//   node scripts/gen_communes.js "$d/node_modules/@etalab/decoupage-administratif/data" > content/geo/communes.tsv
//
// Output, one record a line, fields separated by tabs (sorted, so the file is reproducible):
//   D code name                       a département (or overseas collectivité)
//   E code name                       an EPCI (intercommunalité)
//   C code name dep postcodes epci    a commune (postcodes separated by spaces; epci may be
//                                     empty; dep is empty when it is what the code gives:
//                                     its first 2 characters, 3 for 97x and 98x codes, as
//                                     content.departmentOfCode reads it)
//   A name code                       another name of a commune: a former commune now
//                                     "déléguée" or "associée" inside commune `code`
// The names are not written folded: content.NormalizeName folds them when the guide builds
// its name index (the file is embedded in the program as it is, and was 40 % larger with
// them).
//   R old code                        an INSEE code that now means commune `code`: a
//                                     municipal arrondissement (Paris, Lyon, Marseille), a
//                                     commune déléguée or associée, a former code
'use strict';
const path = require('path');
const dir = process.argv[2];
if (!dir) { console.error('usage: gen_communes.js DATA_DIR'); process.exit(2); }
const load = (f) => require(path.resolve(dir, f));
const pkg = require(path.resolve(dir, '..', 'package.json'));
if (pkg.version !== '6.0.0') { console.error('attendu @etalab/decoupage-administratif 6.0.0, trouvé ' + pkg.version); process.exit(1); }
const communes = load('communes.json');
const deps = load('departements.json');
const epcis = load('epci.json');
const clean = (s) => String(s).replace(/[\t\r\n]/g, ' ').trim();
const out = [];
out.push('# Communes de France : Code officiel géographique 2026 (INSEE) et codes postaux (La Poste), Licence Ouverte.');
out.push('# Source : paquet npm @etalab/decoupage-administratif 6.0.0. Fichier généré par scripts/gen_communes.js : ne pas le modifier à la main.');
for (const d of [...deps].sort((a, b) => a.code.localeCompare(b.code))) out.push(['D', d.code, clean(d.nom)].join('\t'));
const epciOf = {};
for (const e of [...epcis].sort((a, b) => a.code.localeCompare(b.code))) {
  out.push(['E', e.code, clean(e.nom)].join('\t'));
  for (const m of e.membres) {
    if (epciOf[m.code]) { console.error('commune ' + m.code + ' dans deux EPCI'); process.exit(1); }
    epciOf[m.code] = e.code;
  }
}
// the same folding as content.NormalizeName, to leave out the former names that read like
// today's name
const norm = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
  .replace(/[^a-z0-9]+/g, ' ').trim().split(' ')
  .map((w) => ({ st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' }[w] || w)).join(' ');
const actual = communes.filter((c) => c.type === 'commune-actuelle').sort((a, b) => a.code.localeCompare(b.code));
const byCode = {};
for (const c of actual) {
  byCode[c.code] = c;
  const dep = c.departement === c.code.slice(0, /^9[78]/.test(c.code) ? 3 : 2) ? '' : c.departement;
  out.push(['C', c.code, clean(c.nom), dep, (c.codesPostaux || []).join(' '), epciOf[c.code] || ''].join('\t'));
}
const aliases = new Set();
for (const c of communes) {
  if (c.type !== 'commune-deleguee' && c.type !== 'commune-associee') continue;
  const parent = byCode[c.commune || c.chefLieu];
  if (!parent || norm(parent.nom) === norm(c.nom)) continue;
  aliases.add(['A', clean(c.nom), parent.code].join('\t'));
}
out.push(...[...aliases].sort());
const renamed = new Map();
for (const c of communes) {
  if (c.type === 'commune-actuelle') {
    for (const old of c.anciensCodes || []) if (!byCode[old]) renamed.set(old, c.code);
    continue;
  }
  const parent = byCode[c.commune || c.chefLieu];
  if (parent && !byCode[c.code]) renamed.set(c.code, parent.code);
}
out.push(...[...renamed].sort((a, b) => a[0].localeCompare(b[0])).map(([o, n]) => ['R', o, n].join('\t')));
process.stdout.write(out.join('\n') + '\n');
