#!/usr/bin/env node
// Generates content/geo/france-services.tsv, the list of France services (embedded compressed
// by chunks: go generate ./content writes france-services.tsv.gz and .idx from it), from the
// ANCT's « Liste des structures France services » of 1 August 2024 (Licence Ouverte 2.0),
// kept in shared/data (see its README). Run at development time only:
//
//   node scripts/gen_france_services.js ../shared/data/france-services-2024-08-01.csv > content/geo/france-services.tsv
//
// Output, one structure a line, tab-separated, sorted by département then commune then id:
//   F id dep commune name address postcode city phone email hours lat lon format
// hours is one line in French, consecutive days with the same hours grouped
// ("lun. : 13:30-17:00 ; mar. au jeu. : 09:00-12:00 et 13:30-17:00").
'use strict';
const fs = require('fs');
const file = process.argv[2];
if (!file) { console.error('usage: gen_france_services.js FICHIER.csv'); process.exit(2); }
const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines.
function parse(s) {
  const rows = []; let row = []; let f = ''; let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"') { if (s[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(f); f = ''; if (row.length > 1 || row[0] !== '') rows.push(row); row = [];
    } else f += c;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  return rows;
}
const rows = parse(text);
const head = rows.shift();
const col = (name) => { const i = head.indexOf(name); if (i < 0) { console.error('colonne absente : ' + name); process.exit(1); } return i; };
const C = {};
for (const n of ['id_fs', 'insee_dep', 'lib_fs', 'adresse', 'complement_adresse', 'insee_com', 'code_postal', 'lib_com', 'latitude', 'longitude', 'mail', 'telephone', 'h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'format_fs']) C[n] = col(n);
const clean = (s) => String(s || '').replace(/[\t\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
const days = [['h_lundi', 'lun.'], ['h_mardi', 'mar.'], ['h_mercredi', 'mer.'], ['h_jeudi', 'jeu.'], ['h_vendredi', 'ven.'], ['h_samedi', 'sam.']];
const hoursOf = (r) => {
  const h = days.map(([k]) => clean(r[C[k]]).replace(/\s*-\s*/g, '-').replace(/\s*\/\s*/g, ' et '));
  const parts = [];
  for (let i = 0; i < h.length; i++) {
    if (!h[i]) continue;
    let j = i;
    while (j + 1 < h.length && h[j + 1] === h[i]) j++;
    const label = j === i ? days[i][1] : (j === i + 1 ? days[i][1] + ' et ' + days[j][1] : days[i][1] + ' au ' + days[j][1]);
    parts.push(label + ' : ' + h[i]);
    i = j;
  }
  return parts.join(' ; ');
};
const phoneOf = (p) => {
  const d = clean(p).replace(/[^0-9+]/g, '');
  if (/^0[1-9][0-9]{8}$/.test(d)) return d.replace(/(\d\d)(?=\d)/g, '$1 ');
  return clean(p);
};
const out = [];
for (const r of rows) {
  if (r.length < head.length) { console.error('ligne incomplète : ' + r.join(',')); process.exit(1); }
  const addr = [clean(r[C.adresse]), clean(r[C.complement_adresse])].filter(Boolean).join(', ');
  const com = clean(r[C.insee_com]).padStart(5, '0');
  let dep = clean(r[C.insee_dep]);
  if (/^\d$/.test(dep)) dep = '0' + dep;
  out.push(['F', clean(r[C.id_fs]), dep, com, clean(r[C.lib_fs]), addr, clean(r[C.code_postal]).padStart(5, '0'), clean(r[C.lib_com]),
    phoneOf(r[C.telephone]), clean(r[C.mail]), hoursOf(r), clean(r[C.latitude]), clean(r[C.longitude]), clean(r[C.format_fs])]);
}
out.sort((a, b) => a[2].localeCompare(b[2]) || a[3].localeCompare(b[3]) || Number(a[1]) - Number(b[1]));
process.stdout.write('# France services : liste des structures au 1er août 2024, Agence nationale de la cohésion des territoires (ANCT), Licence Ouverte 2.0.\n' +
  '# Fichier généré par scripts/gen_france_services.js depuis shared/data/france-services-2024-08-01.csv : ne pas le modifier à la main.\n' +
  out.map((r) => r.join('\t')).join('\n') + '\n');
