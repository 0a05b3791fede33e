/**
 * Clause-type patterns, one entry per TAXONOMY.md category, French and English. Data only: classify.ts
 * compiles them. Patterns run case-insensitively on the normalised unit text (apostrophes may be ' or ’).
 * Keep them linear: no nested unbounded quantifiers; bounded gaps are written `[^.;]{0,N}`.
 */
import type { Category } from './types';

export interface CategoryPatterns {
  id: Category;
  fr: string[];
  en: string[];
  /** A unit matching one of these is not given the category (definitions, cross-references…). */
  unless?: { fr?: string[]; en?: string[] };
}

/** Apostrophe, straight or curly. */
const A = "['’]";

export const CATEGORY_PATTERNS: CategoryPatterns[] = [
  {
    id: 'non-compete',
    fr: [
      'non[- ]?concurrence',
      `s${A}interdi\\w* [^.;]{0,80}(?:concurren|activit[ée]s? similaire)`,
      'activit[ée]s? concurrente',
      'ne pas concurrencer',
    ],
    en: [
      'non[- ]?compet',
      'not (?:to )?(?:directly or indirectly )?(?:engage|compete|participate)[^.;]{0,80}compet',
      'compet\\w* (?:business|product|service|activit)[^.;]{0,60}(?:shall not|may not|will not|restrict|prohibit)',
      '(?:shall not|may not|will not|agrees? not to)[^.;]{0,120}(?:compet(?:e|ing|itive|itor)|in competition with)',
      'covenant not to compete',
      'restrictive covenant',
    ],
  },
  {
    id: 'non-solicitation',
    fr: [
      'non[- ]?sollicitation',
      'non[- ]?contournement',
      'd[ée]bauch',
      `solliciter[^.;]{0,60}(?:salari[ée]|personnel|client)`,
      `(?:contracter|travailler) (?:directement )?(?:avec|pour) (?:le|ce) client final`,
      `(?:embaucher|recruter)[^.;]{0,60}(?:salari[ée]|personnel|collaborat)`,
    ],
    en: [
      'non[- ]?solicit',
      'no[- ]hire',
      'non[- ]?circumvent',
      'solicit[^.;]{0,100}(?:employee|personnel|staff|customer|client|supplier)',
      '(?:employee|personnel|staff|customer|client)s?[^.;]{0,60}solicit',
      '(?:hire|employ|engage|recruit)[^.;]{0,60}(?:employees?|personnel|staff) of',
      'contract directly with the end client',
    ],
  },
  {
    id: 'exclusivity',
    fr: ['[àa] titre exclusif', 'exclusivit[ée]', 'exclusivement (?:pour|au profit|avec|aupr[èe]s)', 'consacrer (?:tout|l.int[ée]gralit[ée])'],
    en: [
      'exclusiv(?:e|ity) (?:basis|right|distribut|suppl|provider|licen|agen|dealer|arrangement|partner|reseller|seller|marketing)',
      'on an exclusive',
      'exclusively (?:from|to|for|through|with)',
      'exclusivity',
      '(?:sole|exclusive) (?:and exclusive )?(?:distributor|supplier|source|provider|reseller|agent)',
      'shall not[^.;]{0,80}(?:purchase|buy|obtain|source)[^.;]{0,40}(?:from any|other)',
      'devote (?:his|her|its|their)? ?(?:full|entire)',
      'requirements? (?:exclusively )?from',
    ],
  },
  {
    id: 'confidentiality',
    fr: ['confidentiel', 'confidentialit[ée]', 'secret (?:professionnel|des affaires)', 'non[- ]divulgation', 'ne pas divulguer'],
    en: ['confidential', 'non[- ]?disclosure', 'not (?:to )?disclose', 'trade secret', 'proprietary information'],
  },
  {
    id: 'amicable-resolution',
    fr: [
      'm[ée]diat(?:ion|eur)',
      'conciliat',
      '(?:r[èe]glement|solution|r[ée]solution|accord) amiable',
      '[àa] l.amiable',
      'n[ée]gociation (?:pr[ée]alable|de bonne foi)',
      'proc[ée]dure participative',
    ],
    en: [
      'mediat(?:ion|or|e)',
      'conciliat',
      'amicabl[ey]',
      '(?:negotiate|negotiations?)[^.;]{0,60}good faith',
      'good[- ]faith (?:negotiation|discussion|effort)s?[^.;]{0,80}(?:dispute|resolve|settle)',
      '(?:informal(?:ly)?|first) (?:attempt to )?resol(?:ve|ution)',
      'escalat\\w* (?:the dispute |to )?(?:senior|executive)',
    ],
  },
  {
    id: 'arbitration',
    fr: ['arbitra(?:ge|l|le|ux|les)\\b', 'arbitre', 'sentence arbitrale', 'clause compromissoire'],
    en: [
      'arbitrat',
      'arbitra(?:l|ble)\\b',
      'american arbitration association',
      '\\b(?:aaa|jams|icc)\\b',
      'class action',
      'class[- ]wide',
      'waive[^.;]{0,40}jury',
      'small claims court',
    ],
  },
  {
    id: 'jurisdiction',
    fr: [
      '(?:tribunaux|tribunal|juridictions?|cours?) (?:comp[ée]tent|de commerce|judiciaire)',
      'comp[ée]tence (?:exclusive|territoriale|expresse)?[^.;]{0,60}(?:tribuna|juridiction|cour)',
      '(?:attribu|soumis)\\w* [^.;]{0,40}(?:tribuna|juridiction)',
      '(?:tribuna|juridiction)\\w* (?:du|de|d.)[^.;]{0,30}(?:ressort|si[èe]ge)',
    ],
    en: [
      'jurisdiction',
      '\\bvenue\\b',
      '(?:courts?|tribunals?) (?:of|located in|in|sitting in)',
      'submit to the[^.;]{0,40}courts?',
      'forum',
    ],
    unless: { en: ['\\bin (?:your|any|some|certain|the) jurisdiction', 'jurisdictions? (?:do|does) not allow'] },
  },
  {
    id: 'governing-law',
    fr: [
      '(?:soumis|r[ée]gi|r[ée]gis|r[ée]gies?) (?:[^.;]{0,40})?(?:au|par le) droit',
      '(?:droit|loi) (?:fran[çc]ais|applicable)',
      'soumis (?:[àa] la|aux) lois?',
      'r[ée]gi(?:e|s|es)? par la loi',
    ],
    en: [
      'governed by[^.;]{0,60}law',
      'govern(?:ing|ed)? law',
      'laws? of the (?:state|province|commonwealth)',
      'construed (?:and enforced )?in accordance with[^.;]{0,40}laws?',
      'choice of law',
      'conflicts? of laws?',
      'applicable law',
    ],
    unless: { en: ['(?:to the extent|as) (?:permitted|required|allowed) (?:by|under) applicable law'] },
  },
  {
    id: 'termination',
    fr: ['r[ée]silia', 'r[ée]silier', 'r[ée]sili[ée]', 'rupture', 'mettre fin', 'fin (?:anticip[ée]e|du contrat|de la mission)', 'r[ée]solution du contrat', 'suspendre'],
    en: ['terminat', 'cancel(?:l?ation|s|led)?\\b', 'suspend', 'end (?:this|the) (?:agreement|contract)', 'close (?:your|the) account', 'discontinu'],
  },
  {
    id: 'notice-period',
    fr: ['pr[ée]avis', "moyennant un d[ée]lai de", "(?:\\d+|un|deux|trois|six) (?:jours|mois|semaines)[^.;]{0,40}(?:avant|pr[ée]alable)"],
    en: [
      "(?:\\d+|one|two|three|six|thirty|sixty|ninety|fifteen|ten)\\W{0,3}(?:\\(\\d+\\)\\s*)?(?:business |calendar )?(?:days?|months?)['’]? (?:prior )?(?:written |advance )?notice",
      'prior (?:written )?notice',
      'notice period',
      'advance notice',
      'written notice[^.;]{0,30}(?:at least|no less|not less)',
      '(?:at least|no less than|not less than)[^.;]{0,30}(?:days|months)[^.;]{0,20}(?:prior|before|notice)',
    ],
  },
  {
    id: 'renewal',
    fr: ['tacite(?:ment)? reconduc', 'reconduction', 'renouvel', 'dur[ée]e (?:initiale|ind[ée]termin[ée]e|d[ée]termin[ée]e)'],
    en: ['renew', 'initial term', 'successive (?:periods|terms)', 'automatically (?:extend|continu)', 'evergreen'],
  },
  {
    id: 'payment',
    fr: [
      'paiement', 'factur', 'r[èe]glement (?:des|de la|du|par)', 'p[ée]nalit[ée]s de retard', "indemnit[ée] forfaitaire pour frais de recouvrement",
      'honoraires', 'acompte', "taux (?:d.int[ée]r[êe]t|journalier)", 'tjm', 'compensation',
    ],
    en: ['payment', '\\bpay(?:s|able|ing)?\\b', 'invoic', '\\bfees?\\b', 'late (?:fee|charge)', '\\bnet \\d', 'set[- ]off', 'reimburs', 'refund'],
  },
  {
    id: 'price-change',
    fr: ['r[ée]vision (?:des|du|de) (?:prix|tarif)', 'index(?:ation|[ée])', '(?:modifier|augmenter|r[ée]viser) (?:ses|les|nos) (?:prix|tarifs)', 'augmentation (?:des|du) (?:prix|tarif)'],
    en: ['price (?:adjustment|increase|change)', '(?:fee|rate)s? (?:increase|adjustment)', '(?:increase|change|adjust|modify) (?:the |our |its )?(?:price|fee|rate)s?', 'indexation', 'consumer price index'],
  },
  {
    id: 'liability',
    fr: [
      'responsabilit[ée]', 'responsable', 'dommages?[- ]int[ée]r[êe]ts', 'dommages? (?:indirect|immat[ée]riel|cons[ée]cutif)', 'pr[ée]judice', 'plafonn',
    ],
    en: [
      'liab(?:le|ility)',
      'responsib(?:le|ility) for',
      '(?:indirect|consequential|incidental|special|punitive|exemplary) damages',
      'shall not exceed',
      'in no event',
      'as is',
      'loss(?:es)? of (?:profit|data|revenue|business)',
    ],
  },
  {
    id: 'indemnity',
    fr: ['garanti\\w* [^.;]{0,40}contre (?:toute|tout|les)', 'indemnis', 'relever (?:et garantir|indemne)', 'tenir indemne'],
    en: ['indemnif', 'indemnit(?:y|ies)', 'hold (?:\\w+ )?harmless', 'defend[^.;]{0,40}(?:against|from)'],
  },
  {
    id: 'penalty',
    fr: ['clause p[ée]nale', 'p[ée]nalit[ée]s? (?:de retard (?:de|dans la) livraison|forfaitaire|contractuelle)', 'p[ée]nalit[ée]', 'indemnit[ée] forfaitaire'],
    en: ['liquidated damages', 'penalt(?:y|ies)', 'service credit'],
    unless: { fr: ['p[ée]nalit[ée]s? de retard (?:de paiement|applicables? (?:en cas|aux factures))'] },
  },
  {
    id: 'intellectual-property',
    fr: [
      'propri[ée]t[ée] intellectuelle', "droits? d.auteur", 'cession des droits', 'c[èe]de[^.;]{0,60}droits', 'licence', 'droits? patrimoniaux', 'savoir[- ]faire', 'marques?\\b', 'brevet',
    ],
    en: [
      'intellectual property', 'copyright', 'patent', 'trademark', 'work(?:s)? (?:made )?for hire', 'right, title,? and interest', '\\blicen[cs]', 'assigns? (?:all|to)', 'ownership', 'moral rights',
    ],
  },
  {
    id: 'unilateral-change',
    fr: [
      `se r[ée]serve (?:le droit|la facult[ée]|la possibilit[ée])[^.;]{0,60}(?:modifi|chang|adapt|mettre [àa] jour|faire [ée]voluer)`,
      '(?:peut|pourra|peuvent) [^.;]{0,40}(?:modifier|faire [ée]voluer|mettre [àa] jour) (?:les pr[ée]sentes|le contrat|ses|les conditions|unilat)',
      'modifi\\w* (?:unilat|[àa] tout moment)',
      '(?:conditions|cgu|cgv)[^.;]{0,40}(?:peuvent [êe]tre |sont susceptibles d.[êe]tre )?(?:modifi|mises? [àa] jour)',
      'version (?:en vigueur|modifi)',
    ],
    en: [
      '(?:may|can|reserve[sd]? the right to|will) (?:\\w+ ){0,4}(?:modify|change|amend|revise|update|vary)[^.;]{0,60}(?:terms|agreement|policy|policies|service|feature|these|price|fee|time)',
      '(?:terms|agreement|policy)[^.;]{0,40}(?:may|will) (?:be )?(?:modified|changed|amended|revised|updated)',
      '(?:changes|modifications|amendments|updates) (?:to|of) (?:these|this|the) (?:terms|agreement|policy)',
      'at any time[^.;]{0,40}(?:modify|change|amend|revise)',
      'continu\\w* (?:to )?(?:use|access)[^.;]{0,80}(?:after|following)[^.;]{0,40}(?:change|modif|updat|revis)',
    ],
  },
  {
    id: 'acceptance',
    fr: [
      '\\brecette', 'proc[èe]s[- ]verbal de (?:recette|r[ée]ception|livraison)', 'valid(?:ation|er) (?:des|du|les|le) livrable', 'r[ée]put[ée]e? (?:accept|valid)',
      'en (?:utilisant|acc[ée]dant|naviguant|cochant|cliquant)', "l.utilisation (?:du|des|de la)[^.;]{0,40}(?:vaut|implique|emporte) (?:acceptation|adh[ée]sion)", 'accepte[zr]? (?:express[ée]ment |sans r[ée]serve )?(?:les|ces) (?:pr[ée]sentes|conditions|cg)',
    ],
    en: [
      'acceptance (?:test|criteria|certificate|period)',
      'deemed (?:to have been )?accept',
      '(?:by|through) (?:using|accessing|visiting|browsing|registering|downloading|installing|clicking|creating)',
      '(?:use|access) of [^.;]{0,60}(?:constitutes|signifies|indicates|means)[^.;]{0,30}(?:accept|agree|consent)',
      'you (?:hereby )?(?:agree|accept|consent)[^.;]{0,30}(?:to be bound|these terms|this agreement|the terms)',
      'if you do not agree[^.;]{0,60}(?:not use|not access|stop|cease)',
    ],
  },
  {
    id: 'content-removal',
    fr: ['(?:supprimer|retirer|d[ée]sactiver|mod[ée]rer) (?:tout |les |le |des |vos |son |ses )?(?:contenu|compte|avis|publication)', '(?:suppression|retrait) (?:de|du|des) (?:contenu|compte|avis)'],
    en: [
      '(?:remove|delete|disable|block|refuse|edit|modify)[^.;]{0,40}(?:content|material|post|submission|account|listing|review)',
      '(?:content|material|submission|listing)s?[^.;]{0,60}(?:removed|deleted|taken down)',
      'remov(?:e|al) of (?:content|material)',
      'take down',
    ],
  },
  {
    id: 'subordination',
    fr: ['horaires', 'lien de subordination', 'autorit[ée] hi[ée]rarchique', 'pr[ée]sence (?:obligatoire|dans les locaux|sur site)', 'rendre compte', 'sous la direction', 'directives', 'cong[ée]s'],
    en: ['working hours', 'office hours', 'report(?:s|ing)? to', 'under the (?:supervision|direction|control)', 'supervis', 'employee benefits', 'vacation', 'time off'],
  },
  {
    id: 'assignment',
    fr: ['c[ée]der (?:le|ce|le pr[ée]sent) contrat', 'cession du (?:pr[ée]sent )?contrat', 'sous[- ]trait', 'transf[ée]rer (?:le|ce|ses droits)', 'intuitu personae'],
    en: ['assign(?:ment)? (?:of )?(?:this|the) (?:agreement|contract)', '\\bassign(?:ed|able|ment)?\\b[^.;]{0,80}(?:without|prior|consent)', 'subcontract', 'delegate', '(?:transfer|assign) (?:any|its|their|his|her) (?:rights|obligations)', 'change of control'],
  },
  {
    id: 'insurance',
    fr: ['assurance', 'assur[ée]', 'police d.assurance'],
    en: ['insurance', 'insured', 'insurer', 'coverage'],
  },
  {
    id: 'audit',
    fr: ['\\baudit', 'contr[ôo]ler (?:les|la|le|ses)', 'inspect', 'acc[èe]s aux (?:livres|registres|documents comptables)'],
    en: ['\\baudit', 'inspect', '(?:books|records) and (?:records|accounts)', 'examine[^.;]{0,40}(?:books|records)'],
  },
  {
    id: 'data-protection',
    fr: ['donn[ée]es (?:[àa] caract[èe]re )?personnelles', 'rgpd', '\\bcnil\\b', 'sous[- ]traitant ult[ée]rieur', 'responsable (?:de|du) traitement', 'protection des donn[ée]es', 'cookies?'],
    en: ['personal (?:data|information)', '\\bgdpr\\b', 'data protection', 'data processing', 'privacy', 'cookies?', 'sub[- ]?processor'],
  },
  {
    id: 'force-majeure',
    fr: ['force majeure', 'cas fortuit', 'ind[ée]pendant(?:e|s|es)? de (?:sa|la|leur) volont[ée]'],
    en: ['force majeure', 'act(?:s)? of god', 'beyond (?:its|their|our|the) (?:reasonable )?control'],
  },
  {
    id: 'warranty',
    fr: ['garantie', 'garantit', 'obligation de r[ée]sultat', 'vices? cach[ée]', 'conformit[ée]'],
    en: ['warrant', 'guarantee', 'fit(?:ness)? for (?:a |any )?particular purpose', 'merchantab', 'free (?:from|of) defects'],
  },
];
