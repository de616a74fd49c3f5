#!/usr/bin/env node
// Generates content/annuaire/NN-organismes.yaml, the bodies a family calls in each of the
// 101 départements and the Métropole de Lyon, from two committed compact tables:
// scripts/annuaire/departements.tsv (code, « de … » form of the name, pension fund key)
// and scripts/annuaire/caisses.tsv (pension funds). Run at development time:
//
//   node scripts/gen_annuaire.js && go generate ./content
//
// A phone number is written only when it was confirmed from a source cited in the entry
// (the national numbers 39 60, 32 30, 36 46, checked on 2026-12-01); every other entry says
// « numéro à vérifier » and gives the web page where to find it. Hand-written files
// (content/annuaire/23.yaml, national.yaml, a user's own) add to these or replace an entry
// of the same name.
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..');
const table = (f) => fs.readFileSync(path.join(__dirname, 'annuaire', f), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const caisses = Object.fromEntries(table('caisses.tsv'));
const deps = table('departements.tsv');
const geo = fs.readFileSync(path.join(root, 'content', 'geo', 'communes.tsv'), 'utf8').split('\n')
  .filter((l) => l.startsWith('D\t')).map((l) => l.split('\t'));
const depName = Object.fromEntries(geo.map((f) => [f[1], f[2]]));
depName['69M'] = 'Métropole de Lyon';

const CHECKED = '2026-12-01';
const src = {
  retraite: "Numéro unique de l'Assurance retraite 39 60 (prix d'un appel) : page « Votre retraite » de la France services du Pays de Fayence (cc-paysdefayence.fr) et question écrite n° 20045 à l'Assemblée nationale (réponse publiée le 11/02/2020)",
  caf: "Numéro des Caf 32 30 (service gratuit, prix de l'appel) : article « CAF : galère pour joindre votre conseiller » de lepointdujour.fr (24/08/2025)",
  cpam: "Numéro de l'Assurance maladie 36 46 : guide « numéro d'affiliation » d'april.fr (source secondaire)",
  payer: "CASF art. L232-12 (l'APA est accordée par décision du président du conseil départemental) ; nom de la collectivité : Code officiel géographique 2026. Coordonnées non vérifiées en ligne pendant la rédaction (pas d'accès au réseau) : numéro à vérifier",
  msa: "msa.fr (site national de la Mutualité sociale agricole), non consulté pendant la rédaction : numéro à vérifier",
  mdph: "CASF art. L146-3 (une maison départementale des personnes handicapées par département) ; monparcourshandicap.gouv.fr, non consulté pendant la rédaction : numéro à vérifier",
  overseas: "Organisation de la sécurité sociale outre-mer (CGSS dans les départements d'outre-mer, CSS à Mayotte) ; lassuranceretraite.fr non consulté pendant la rédaction : numéro à vérifier",
};

// who decides and pays the APA and the aide sociale, where it is not the conseil départemental
const special = {
  '75': ['Ville de Paris', "collectivité à statut particulier qui exerce les compétences du département depuis le 1er janvier 2019 (loi n° 2017-257 du 28 février 2017)"],
  '69': ['Département du Rhône', "pour les communes du Rhône hors Métropole de Lyon"],
  '69M': ['Métropole de Lyon', "collectivité qui exerce les compétences du département sur ses 58 communes depuis le 1er janvier 2015 (loi n° 2014-58 du 27 janvier 2014)"],
  '2A': ['Collectivité de Corse', "collectivité unique qui exerce les compétences des deux départements de Corse depuis le 1er janvier 2018 (loi n° 2015-991 du 7 août 2015, art. 30)"],
  '2B': ['Collectivité de Corse', "collectivité unique qui exerce les compétences des deux départements de Corse depuis le 1er janvier 2018 (loi n° 2015-991 du 7 août 2015, art. 30)"],
  '67': ["Collectivité européenne d'Alsace", "qui exerce les compétences du Bas-Rhin et du Haut-Rhin depuis le 1er janvier 2021 (loi n° 2019-816 du 2 août 2019)"],
  '68': ["Collectivité européenne d'Alsace", "qui exerce les compétences du Bas-Rhin et du Haut-Rhin depuis le 1er janvier 2021 (loi n° 2019-816 du 2 août 2019)"],
  '972': ['Collectivité territoriale de Martinique', "collectivité unique qui exerce les compétences du département depuis 2015 (loi n° 2011-884 du 27 juillet 2011)"],
  '973': ['Collectivité territoriale de Guyane', "collectivité unique qui exerce les compétences du département depuis 2015 (loi n° 2011-884 du 27 juillet 2011)"],
  '976': ['Département de Mayotte', "collectivité unique qui exerce les compétences du département et de la région ; l'APA s'y applique comme ailleurs depuis le 1er janvier 2015 (ordonnance n° 2014-463 du 7 mai 2014, décret n° 2015-1280 du 13 octobre 2015), calculée sur une somme égale à la majoration pour tierce personne, qui n'existe pas à Mayotte"],
};

const q = (s) => JSON.stringify(s);
const lines = [];
let count = 0;
for (const [code, de, key] of deps) {
  const name = depName[code];
  const deCaisse = code === '69M' ? 'du Rhône' : de; // the Caf and the CPAM of the Rhône serve the Métropole too
  if (!name) { console.error('département inconnu : ' + code); process.exit(1); }
  const out = [];
  const c = (o) => { out.push(o); };
  const [payer, why] = special[code] || ['Conseil départemental ' + de, ''];
  c({ name: payer + " – service de l'autonomie (APA, aide sociale)",
    role: "Décide et verse l'APA à domicile et en établissement, l'aide ménagère et l'aide sociale à l'hébergement" + (why ? ' : ' + why : '') + ". Numéro à vérifier : cherchez « " + payer + " » dans l'annuaire de l'administration, ou demandez-le à la mairie.",
    web: 'https://lannuaire.service-public.fr',
    items: ['apa-domicile', 'apa-etablissement', 'apa-urgence', 'repit-apa', 'relais-hospitalisation-aidant', 'aide-menagere-departement', 'aide-sociale-hebergement', 'accueil-familial', 'point-information'],
    source: src.payer });
  const caisse = caisses[key];
  if (key === 'cgss') {
    c({ name: 'CGSS ' + de + ' (caisse générale de sécurité sociale)',
      role: "Caisse de retraite du régime général et assurance maladie outre-mer : retraite, ASPA, aides pour bien vieillir à domicile (OSCAR) et retour à domicile après hospitalisation (ARDH). Numéro à vérifier.",
      web: 'https://www.lassuranceretraite.fr',
      items: ['caisse-retraite-oscar', 'ardh', 'aspa', 'service-social-assurance-maladie'], source: src.overseas });
  } else if (key === 'css') {
    c({ name: caisse,
      role: "Caisse unique de sécurité sociale à Mayotte : retraite, ASPA, aides pour bien vieillir à domicile, assurance maladie et prestations familiales. Numéro à vérifier.",
      web: 'https://www.lassuranceretraite.fr',
      items: ['caisse-retraite-oscar', 'ardh', 'aspa', 'service-social-assurance-maladie', 'aides-logement'], source: src.overseas });
  } else {
    c({ name: caisse + ' – retraite du régime général',
      role: "Caisse de retraite des anciens salariés : retraite, ASPA (minimum vieillesse), aides pour bien vieillir à domicile (OSCAR) et retour à domicile après une hospitalisation (ARDH). Le 39 60 est le numéro unique de l'Assurance retraite (prix d'un appel).",
      phone: '39 60', web: 'https://www.lassuranceretraite.fr',
      items: ['caisse-retraite-oscar', 'ardh', 'aspa'], source: src.retraite, checked: CHECKED });
  }
  c({ name: 'MSA – Mutualité sociale agricole (caisse qui couvre le territoire ' + de + ')',
    role: "Pour les anciens exploitants et salariés agricoles : retraite agricole, ASPA, aides pour bien vieillir à domicile. Numéro à vérifier : il est sur msa.fr, rubrique « Ma MSA », ou demandez-le à une France services.",
    web: 'https://www.msa.fr',
    items: ['caisse-retraite-oscar', 'ardh', 'aspa'], source: src.msa });
  const mdph = code === '69' || code === '69M'
    ? 'Maison départementale et métropolitaine des personnes handicapées (MDMPH) du Rhône et de la Métropole de Lyon'
    : 'MDPH ou maison de l\'autonomie ' + de;
  c({ name: mdph,
    role: "Carte mobilité inclusion (CMI), PCH et droits liés au handicap, quel que soit l'âge pour la CMI. Numéro à vérifier.",
    web: 'https://www.monparcourshandicap.gouv.fr',
    items: ['cmi'], source: src.mdph });
  if (key !== 'css') {
    c({ name: 'Caf ' + deCaisse + ' (caisse d\'allocations familiales)',
      role: "Aides au logement (APL, ALS), y compris en établissement. Le 32 30 est le numéro national des Caf (service gratuit, prix de l'appel).",
      phone: '32 30', web: 'https://www.caf.fr',
      items: ['aides-logement'], source: src.caf, checked: CHECKED });
  }
  if (key === 'cgss' || key === 'css') {
    // the CGSS or the CSSM is also the health insurance: listed above
  } else {
    c({ name: 'Assurance maladie – CPAM ' + deCaisse,
      role: "Assurance maladie : service social (après une hospitalisation, en cas de difficulté pour rester à domicile), remboursements. Le 36 46 est le numéro de l'Assurance maladie.",
      phone: '36 46', web: 'https://www.ameli.fr',
      items: ['service-social-assurance-maladie'], source: src.cpam, checked: CHECKED });
  }
  const y = ['# Généré par scripts/gen_annuaire.js depuis scripts/annuaire/*.tsv : ne pas modifier à la main.',
    'department: ' + q(code), 'name: ' + q(name), 'reviewed: ' + CHECKED, 'contacts:'];
  for (const o of out) {
    y.push('  - name: ' + q(o.name));
    for (const k of ['role', 'phone', 'web']) if (o[k]) y.push('    ' + k + ': ' + q(o[k]));
    y.push('    items: [' + o.items.join(', ') + ']');
    y.push('    source: ' + q(o.source));
    if (o.checked) y.push('    checked: ' + o.checked);
    count++;
  }
  fs.writeFileSync(path.join(root, 'content', 'annuaire', code + '-organismes.yaml'), y.join('\n') + '\n');
}
console.error(count + ' entrées pour ' + deps.length + ' territoires');
