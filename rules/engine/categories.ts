/**
 * Clause-type patterns, one entry per TAXONOMY.md category, French and English. Data only: classify.ts
 * compiles them. Patterns run case-insensitively on the normalised unit text; apostrophes may be ' or ’.
 * A pattern names what the clause *does* ("shall not be liable", "may terminate", "governed by the laws"),
 * not a topic word, so that a sentence merely mentioning liability or a court is not typed.
 * Keep them linear: no nested unbounded quantifiers; gaps are bounded and stop at sentence punctuation.
 */
import type { Category } from './types';

export interface CategoryPatterns {
  id: Category;
  /**
   * Anchor words, one regex source per language: every pattern of the category contains one of them, so a
   * unit is only tested against the patterns of the categories whose anchors it contains.
   */
  keys: Record<'fr' | 'en', string>;
  fr: string[];
  en: string[];
  /** A unit matching one of these is not given the category (cross-references, carve-outs of other topics). */
  unless?: { fr?: string[]; en?: string[] };
}

/** Bounded gap inside one sentence (a dot inside "2.1", "U.S" or "{{company.name}}" does not end it). */
const g = (n: number) => `[^.;:]{0,${n}}`;
/** Apostrophe, straight or curly. */
const A = "['’]";
/** Power or obligation of a party (EN). */
const MAY = "(?:\\bmay|\\bcan|could|\\bwill|shall|might|reserves? the right|right to|entitled to|discretion)";
/**
 * Power of a party (FR): pourra, peut, se réserve le droit de, est en droit de, a la faculté de, and the first
 * person of consumer terms ("nous pouvons", "nous nous réservons le droit, à notre seule discrétion, de").
 */
const PEUT = `(?:peut|peuvent|pouvons|pourra|pourront|pourrons|pourrait|pourrions|(?:se|nous) r[ée]serv(?:e|ent|ons)\\b|(?:est|sont|sommes) (?:en droit|libres?|autoris[ée]e?s?) d|(?:a|ont|avons) (?:le droit|la (?:facult[ée]|possibilit[ée])) d|susceptibles? d)`;

/**
 * `verbs` when a power word (MAY / PEUT) comes up to 60 characters before them in the same sentence. The
 * lookahead first keeps the lookbehind from running at every position (it is only tried on a verb).
 */
/** After "disable"/"block access": the object is content, so the clause removes content, it ends nothing. */
const CONTENT_OBJECT = `to,? (?:any |such |the |your )?(?:[\\w-]+ ){0,2}(?:content|material)`;
const CONTENT_ACCESS = `\\w*(?: or \\w+)?,? access ${CONTENT_OBJECT}`;

const power = (who: string, verbs: string) => `\\b(?=${verbs})(?<=${who}${g(60)})${verbs}`;

export const CATEGORY_PATTERNS: CategoryPatterns[] = [
  {
    id: 'non-compete',
    keys: { fr: 'concurren|similaire|identique', en: 'compet|similar|designated area|substantially the same|identical|same or|directly or indirectly|during the term|for a period of|interest|perform services|employed by' },
    fr: [
      'non[- ]?concurrence',
      `s${A}(?:interdi|engage)\\w*${g(60)}(?:concurren|activit[ée]s? (?:similaire|identique))`,
      `(?:interdiction|interdit)${g(40)}concurren`,
      `ne pas (?:faire )?concurrenc`,
    ],
    en: [
      `non-?compet(?:e|ition)\\b${g(200)}(?:shall not|will not|may not|agrees? not|not to|during the term|for a period of|months? (?:after|following)|years? (?:after|following))`,
      'covenants? not to compete',
      `(?:shall|will|agrees?|covenants?|may) not${g(80)}(?:compet(?:e|es|ing|itive|itors?)\\b|in competition with)`,
      `(?:shall|will|agrees?) not${g(60)}(?:engage|participate|invest|be interested)${g(80)}(?:business|activit|product)${g(60)}(?:similar|compet)`,
      `refrain from${g(60)}compet`,
      // A franchise-style covenant: no interest in, work for or ownership of another business.
      `\\b(?:neither|shall not|will not|agrees? not)${g(150)}\\b(?:have any (?:direct or indirect |financial |ownership )?interest (?:as|in)|perform services for|be employed by|(?:own|maintain|operate),? (?:maintain|operate|engage))`,
      // A restrictive covenant on one's own business, without the word "compete": "shall not, directly or
      // indirectly, own, operate or have any interest in…", "during the Term, X shall not develop or commercialize…".
      `\\b(?:shall|will|agrees?|covenants?|undertakes?)(?: \\w+){0,4} not${g(60)}directly or indirectly${g(80)}\\b(?:own|engage|operate|manage|develop|manufactur|commerciali[sz]|research|have any interest|perform services|render services)`,
      `\\bneither\\b${g(120)}\\b(?:shall|will)${g(20)}directly or indirectly${g(80)}\\b(?:own|engage|operate|manage|develop|manufactur|commerciali[sz]|research|have any interest|perform services|render services)`,
      `\\b(?:during the term|for a period of)${g(100)}\\b(?:shall|will|agrees?|covenants?|undertakes?)(?: \\w+){0,4} not${g(40)}\\b(?:research|develop|manufactur|commerciali[sz]|engage in|operate|own|have any (?:direct or indirect )?interest)`,
      `(?:shall|will|agrees?|covenants?)(?: \\w+){0,3} not${g(100)}\\b(?:engage|participate|develop|manufactur|commerciali|operate|render|offer|provide|own|invest|sell)\\w*${g(100)}(?:similar|compet|same or|designated area|substantially the same|identical)`,
    ],
    unless: {
      en: [
        `not (?:under|bound|subject|a party)${g(80)}non-?compet`,
        `(?:bound by|party to|subject to) (?:any )?non-?compet\\w* (?:agreement|covenant|obligation)s?`,
        `free${g(30)}(?:without restriction|to develop|to compete)`,
        // Not contesting marks ("ownership" is not "own"), waivers, and covenants cross-referenced or described elsewhere.
        `(?:contest|dispute|challenge)${g(80)}(?:validity|ownership)|\\bwaiver\\b`,
        `(?:abide by|compliance with|contains?|subject to)${g(30)}covenants? not[- ]to[- ]compete|covenants? not[- ]to[- ]compete${g(30)}(?:section|paragraph|article|clause)\\s*\\d`,
        `non-?compet\\w*${g(40)}(?:not be enforceable|unenforceable)`,
      ],
    },
  },
  {
    id: 'non-solicitation',
    keys: { fr: 'sollicit|contournement|d[ée]bauch|d[ée]marcher|client final|embaucher|recruter|engager', en: 'solicit|hire|hiring|circumvent|employ|engag|recruit|induce|entice|encourage|end client|divert|contact|approach|call on' },
    fr: [
      'non[- ]?sollicitation',
      'non[- ]?contournement',
      'd[ée]bauch',
      `(?:solliciter|d[ée]marcher)${g(60)}(?:salari[ée]|personnel|collaborat|clients?)`,
      `(?:contracter|travailler|traiter) (?:directement )?(?:avec|pour) (?:le|ce|son|un) client final`,
      `(?:embaucher|recruter|engager)${g(60)}(?:salari[ée]|personnel|collaborat)`,
    ],
    en: [
      'non-?solicit\\w*[^.;]{0,200}(?:shall|will|agree|during|period|month|year|employ|customer)',
      '\\bno-?hire\\b',
      'non-?circumvent',
      `(?:shall|will|agrees?|covenants?|may) not${g(100)}solicit\\w*${g(80)}(?:employ|personnel|staff|customer|client|supplier|merchant|consultant|contractor|person|individual|business|account)`,
      `(?:shall|will|agrees?|covenants?|may) not${g(60)}\\b(?:hire|hiring|employ|employing|engage|engaging|recruit|recruiting)\\b${g(60)}(?:employees?|personnel|staff)`,
      `(?:induce|entice|encourage)${g(60)}(?:employee|personnel|staff|customer|client)s?${g(80)}(?:to leave|terminate|cease)`,
      // "Neither party shall solicit the employees of the other", "shall not contact or divert the customers".
      `\\bneither\\b${g(120)}\\b(?:shall|will)\\b${g(60)}\\b(?:solicit|hire|employ|recruit|entice|induce|divert)\\w*${g(80)}(?:employees?|personnel|staff|customers?|clients?)`,
      `(?:shall|will|may) not${g(30)}\\b(?:contact|approach|call on|divert)\\b${g(60)}\\b(?:customers?|clients?)\\b`,
      'contract directly with the end client',
    ],
    // A survival list or cross-reference naming the covenant is not one.
    unless: { en: [`surviv\\w*${g(40)}(?:termination|expiration|expiry)|\\(non-?solicitation\\)`] },
  },
  {
    id: 'exclusivity',
    keys: { fr: 'exclusi|consacrer', en: 'exclusiv|purchase|buy|obtain|source|procure|sell|distribut|market|promot|appoint|grant|devote|requirements|only|order|supply|licens' },
    fr: [
      '[àa] titre exclusif',
      '(?:clause d.)?exclusivit[ée]',
      `exclusivement${g(20)}(?:pour le compte|au profit|aupr[èe]s)`,
      `consacrer${g(30)}(?:tout|totalit[ée]|int[ée]gralit[ée]|exclusivement)`,
    ],
    en: [
      '\\bexclusive (?:distribut|supplier|provider|licen[cs]|agen|dealer|partner|reseller|seller|marketing|sponsor|manufactur|purchas|sales|supply|territor|basis|provider|arrangement|relationship|dealing)',
      '\\bexclusive rights? to (?:sell|distribute|market|promote|supply|manufacture|offer|provide|commerciali[sz]e|develop|use|represent|purchase)',
      '\\bon an exclusive\\b',
      // "an exclusive, non-transferable (except as set forth in Section 12) right and license".
      '\\bexclusive(?:,? (?:[\\w-]+|\\([^)]{1,80}\\))){0,6}? (?:licen[cs]e|right|option|rights)\\b',
      '\\bas (?:its|the|their) (?:sole and )?exclusive\\b',
      `(?:purchase|buy|obtain|source|procure|order)\\w*${g(40)}exclusively`,
      `(?:sell|sold|distribut|market|suppl|deal|work|do business|contract)\\w*${g(40)}exclusively (?:from|through|with|to)\\b`,
      'devote (?:his|her|its|their)? ?(?:full|entire|exclusive)',
      '\\ball (?:of )?(?:its|their|(?:the )?[\\w-]+[\'’]s?) (?:[\\w-]+ )?requirements\\b',
      // "will exclusively purchase from", "shall not purchase from any source other than", "the only distributor".
      '\\bexclusively (?:purchase|buy|obtain|source|procure|order|sell|distribute|supply)',
      `(?:shall|will|may|agrees?)(?: \\w+){0,2} not${g(80)}\\b(?:purchase|buy|obtain|source|order|procure|grant|appoint|sell|supply|license)\\w*${g(80)}\\b(?:anyone|any (?:other )?(?:source|supplier|person|entity|party|third party|distributor))(?: or entity)? other than\\b`,
      '\\bthe only (?:distributor|supplier|licensee|reseller|provider|agent|dealer|source)\\b',
      // "shall be the exclusive online insurance provider", "the License Rights are exclusive to Berkshire".
      '\\b(?:be|as|is|are) (?:the |its |their |an )?(?:sole and )?exclusive(?: [\\w-]+){0,3} (?:provider|supplier|distributor|sponsor|partner|reseller|agent|dealer|licensee|source|manufacturer|retailer|vendor)s?\\b',
      '\\b(?:is|are|be) exclusive (?:to|as to)\\b',
    ],
    unless: {
      en: [
        // A non-exclusive grant, unless an exclusive one stands next to it ("an exclusive licence under X and a
        // non-exclusive licence under Y").
        '(?<!(?<!(?:non|co)-? ?)\\bexclusive\\b[^.;]{0,200})\\b(?:non|co)-? ?exclusive\\b(?![^.;]{0,80}\\bexclusive\\b)',
        'exclusive of\\b|exclusive (?:owner|right (?:and responsibility|to (?:settle|contest|bring|control|defend|prosecute|enforce)))',
        // Recitals state what the parties wish, and an agreement's name is no covenant.
        '^\\W*(?:and )?whereas\\b|^\\W*(?:[a-z]\\.\\s+)?(?!if\\b|in the event|should\\b|where\\b|when\\b)[^.;:]{1,80}?\\b(?:desires?|wishes|is desirous) (?:to|of)\\b',
        '\\bexclusive (?:[\\w-]+ ){0,4}agreement\\b',
        '(?:^|\\W)"?[\\w ]{1,40}"? means\\b',
        'exclusive (?:jurisdiction|venue|remedy|remedies|property|benefit|control)',
        // Ownership or a party's discretion, not a reserved supply.
        'exclusive (?:rights? of ownership|right, title|ownership)',
        'at (?:its|their|the|our|his|her|your) (?:sole (?:and )?)?exclusive (?:option|discretion|election|cost|expense)',
        // Denied or disclaimed exclusivity: "nothing herein creates any exclusive arrangement", "no exclusive territory".
        '\\b(?:no|not (?:have|grant\\w*|creat\\w*)(?: \\w+)?|(?:construed as|deemed) creat\\w*)(?: any| an)? exclusive\\b',
        // Who prosecutes or maintains patents and registrations, or decides: control of a task, not a reserved supply.
        `(?:exclusive|first|sole) right${g(40)}(?:prosecut|to (?:file|prepare|maintain|apply for)${g(40)}\\b(?:patents?|applications?|registrations?|trademarks?|marks?)\\b|to (?:determine|make all|designate|publish))`,
      ],
    },
  },
  {
    id: 'confidentiality',
    keys: { fr: 'confidenti|secret|divulg|communiquer|r[ée]v[ée]ler', en: 'confiden|disclos|secret' },
    // A duty to keep something secret, not the word alone: "la sécurité, la confidentialité", "droit à la
    // confidentialité", "atteinte au secret professionnel" only mention it.
    fr: [
      `(?:obligations?|engagements?|clause|accord|devoir|dur[ée]e) de (?:confidentialit[ée]|secret|discr[ée]tion|non[- ]divulgation)`,
      `(?:strictement |rest\\w* |demeur\\w* |gard\\w* |tien\\w* |tenir |caract[èe]re |comme )confidenti`,
      `(?:sont|est|seront|sera|restent|reste|demeurent|demeure) (?:strictement )?confidentiel`,
      `(?:garder|pr[ée]server|respecter|maintenir|conserver|assurer)${g(20)}(?:la |le |leur |sa |son )(?:plus )?(?:stricte |absolue |absolu )?(?:confidentialit[ée]|secret)`,
      `(?:s${A}engage\\w*|s${A}oblige\\w*|veille\\w*|tenu\\w*)${g(60)}(?:confidentialit[ée]|confidentiel)`,
      // Not in the usual definition of intellectual property rights ("…protéger la confidentialité des informations confidentielles").
      '(?<!confidentialit[ée] des )informations? confidentielles?',
      `(?:tenu|astreint|soumis)\\w* (?:au|[àa] une obligation de|[àa] la) (?:secret|confidentialit[ée]|discr[ée]tion)`,
      'non[- ]divulgation',
      `(?:ne pas|s${A}interdi\\w* de|s${A}engage \\w+ ne pas) (?:divulguer|communiquer|r[ée]v[ée]ler)`,
    ],
    en: [
      'confidential information',
      '(?:keep|kept|hold|held|maintain|treat|treated)\\b[^.;]{0,60}(?:in )?(?:strict )?confiden',
      'confidentiality',
      'non-?disclosure',
      `(?:shall|will|agrees?|may) not${g(40)}disclose`,
      'trade secrets?',
    ],
    // An article title quoted in a cross-reference («Confidentialité») names the clause, it is not one.
    unless: { fr: ['politiques? de confidentialit', `pratiques?${g(20)}de confidentialit`, 'mot de passe', 'identifiants?\\b', `(?:modes?|codes?|moyens?) d${A}acc[èe]s`, '[«"]\\s*confidentialit[ée]\\s*[»"]'], en: ['privacy polic', 'password'] },
  },
  {
    id: 'amicable-resolution',
    keys: { fr: 'm[ée]diat|concilia|amiable|n[ée]gociation|concertation|rapprochement|participative|r[ée]soudre|trouver une solution|consulter', en: 'mediat|conciliat|amicabl|negotiat|discussion|good[- ]faith|informal|resolve|escalat|refer|alternative dispute' },
    fr: [
      'm[ée]diat(?:ion|eur)',
      'concilia(?:tion|teur)',
      '(?:r[èe]glement|solution|r[ée]solution|accord|voie|tentative) amiable',
      '[àa] l.amiable',
      `(?:n[ée]gociation|concertation|rapprochement)${g(30)}(?:pr[ée]alable|bonne foi)`,
      'proc[ée]dure participative',
      `(?:efforceront|s${A}engagent|devront|conviennent|tenteront)${g(40)}(?:r[ée]soudre|trouver une solution)`,
      `(?:devront|doivent|s${A}engagent [àa]|conviennent de) se consulter`,
    ],
    en: [
      'mediat(?:ion|or)',
      '\\bconciliat',
      'amicabl[ey]',
      `(?:negotiate|negotiations?|discussions?)${g(60)}good faith${g(80)}(?:dispute|resolve|settle|claim|controvers)`,
      `good[- ]faith (?:negotiation|discussion|effort)s?${g(80)}(?:dispute|resolve|settle)`,
      `(?:dispute|claim|controversy)${g(100)}(?:resolve|settle)d?${g(20)}informally`,
      `(?:attempt|try|seek) to resolve${g(60)}(?:informally|amicabl|through negotiation|by negotiation)`,
      `(?:escalat|refer)\\w*${g(60)}(?:senior|executive) (?:officer|management|representative)`,
      'alternative dispute resolution',
    ],
    // "Failing an amicable settlement, the courts of…": the fallback names the courts, it requires no attempt.
    unless: { fr: [`(?:[àa] d[ée]faut|faute|en l${A}absence) d${A}(?:accord|solution|r[èe]glement) amiable|[àa] d[ée]faut de (?:r[èe]glement|solution|accord) amiable|si aucun(?:e)? (?:solution|accord|r[èe]glement) amiable`] },
  },
  {
    id: 'arbitration',
    keys: { fr: 'arbitr|compromissoire|action de groupe|recours collectif|action collective', en: 'arbitra|jury|class|representative|collective|consolidated|not participate|no class' },
    fr: [
      `(?:soumis|soumettre|tranch[ée]|r[ée]gl[ée]|r[ée]solu)\\w*${g(80)}(?:arbitrage|tribunal arbitral|arbitre)`,
      'convention d.arbitrage',
      'clause compromissoire',
      `(?:recours|recourir) [àa] l.arbitrage`,
      'arbitrage (?:obligatoire|contraignant|individuel)',
      'renonce\\w*[^.;]{0,80}(?:action de groupe|recours collectif|action collective)',
      'action de groupe',
      // The arbitration procedure itself: the arbitrator, the request, the award, the rules.
      // The noun, after a determiner ("l'arbitre", "un arbitre"), not the verb ("le Client arbitre entre…").
      `(?:\\bl${A}|\\bd${A}|\\b(?:un|les|des|aux?|par|trois|seul) )arbitres?\\b`,
      `(?:proc[ée]dure|demande|frais|sentence|r[èe]gles?|si[èe]ge|lieu) (?:d${A}|de l${A})?arbitra(?:ge|le)\\b`,
      'sentences? arbitrales?|arbitrage par lots',
    ],
    en: [
      // "…to binding arbitration", not "…the party intending to pursue arbitration".
      `(?:resolved|settled|submitted|referred|determined|decided|brought)${g(60)}\\b(?:by|through|to|in|under)(?: (?!pursue|initiat|commenc|start|begin|demand)\\w+){0,3} arbitration`,
      '\\b(?:agree|agrees|required|obligated|elect|consent|both agree) to arbitrate',
      '(?:binding|mandatory) (?:individual )?arbitration',
    ],
    // "Except where our dispute is resolved pursuant to an arbitration, …": the carve-out of another clause
    // (usually the courts') refers to the arbitration clause, it is not one.
    unless: {
      en: [
        `\\b(?:except|unless)\\b${g(40)}\\b(?:pursuant to|subject to|governed by|in accordance with)${g(30)}arbitration`,
        // A survival list naming the arbitration clause is not one.
        `surviv\\w*${g(40)}(?:termination|expiration|expiry|suspension)`,
      ],
      fr: [`\\b(?:sauf|hors|except[ée])\\b${g(40)}\\b(?:en application|conform[ée]ment|soumis)${g(30)}arbitrage`],
    },
  },
  {
    id: 'jurisdiction',
    keys: { fr: 'comp[ée]ten|juridiction|tribuna', en: 'jurisdiction|court|tribunal|venue|forum|venue' },
    fr: [
      `(?:comp[ée]tence|attribution de juridiction)${g(80)}(?:tribunal|tribunaux|juridiction|cour)`,
      // Not "une juridiction compétente" / "un tribunal compétent": any court, none chosen.
      `(?<!(?:une?|d${A}une?|toute?) )(?:tribunal|tribunaux|juridictions?)${g(60)}(?:comp[ée]tents?|exclusivement|ressort|si[èe]ge)`,
      `(?:port[ée]|soumis|d[ée]f[ée]r[ée])e?s?${g(40)}(?:devant|aux?) (?:les |le )?(?:tribunaux|tribunal|juridictions?)`,
    ],
    en: [
      `(?:exclusive|non-?exclusive|personal|submit to the|subject to the|consent to the|irrevocably submits?)${g(40)}jurisdiction`,
      `jurisdiction${g(30)}(?:of|in) the (?:state|federal|courts?|province)`,
      `(?:courts?|tribunals?) (?:of|located in|in|sitting in|situated in) (?!competent|any\\b|a\\b|law)${g(80)}(?:exclusive|jurisdiction|venue|dispute|claim|action|proceeding|brought|resolved|submit)`,
      `(?:brought|filed|commenced|litigated|resolved|heard)${g(40)}(?:exclusively )?(?:in|before) (?:the|a|any) (?:state|federal|competent|courts?)`,
      '\\bforum (?:selection|non conveniens|and venue)|exclusive forum',
      `(?:resolved|litigated|brought|heard|decided|settled|adjudicated|submitted)${g(40)}(?:exclusively )?(?:by|in|before|to) the${g(40)}courts?\\b`,
      `competent courts?\\b`,
      `(?:exclusive|proper|sole) venue|venue (?:shall|will) (?:be|lie)|venue (?:of|for) any|consent to${g(20)}venue`,
    ],
    unless: {
      en: [
        `court of competent jurisdiction${g(60)}(?:invalid|unenforceable|illegal|void)`, `(?:invalid|unenforceable|illegal|void)${g(60)}court of competent jurisdiction`, `award${g(60)}(?:entered|enforced) in any court`,
        // Waiving court for arbitration, or a court kept for urgent relief, does not choose the court.
        `waiv\\w*${g(60)}\\b(?:court|judge|jury)`, `(?:injunctive|equitable|interim|provisional) relief`,
        // A pointer to the forum clause ("in a court as set forth in section 13.13", "subject to the 'Forum and
        // Venue' provision") is not that clause.
        `\\bcourts?${g(20)}\\bas (?:set forth|set out|provided|described) in (?:section|paragraph|clause)|\\bsubject to the ["“'‘][^"”'’]{1,40}["”'’] (?:provision|section)`,
      ],
      fr: [`juridiction comp[ée]tente${g(60)}(?:nulle|invalide|inapplicable)`, `(?:nulle|invalide|inapplicable)${g(80)}juridiction comp[ée]tente`],
    },
  },
  {
    id: 'governing-law',
    keys: { fr: 'droit|loi|l[ée]gislation', en: 'law|conflict' },
    fr: [
      // "soumis … au droit français / aux lois de l'État de…", not "soumis à des conditions qui limitent votre droit de…".
      `(?:soumis|soumises?|soumet(?:tent)?|r[ée]gis?|r[ée]gies?|interpr[ée]t[ée]e?s?|r[ée]gi)${g(60)}(?:(?:droit|loi|lois|l[ée]gislation) (?:fran[çc]ais|belge|suisse|luxembourgeois|anglais|am[ée]ricain|irlandais|allemand|espagnol|italien|n[ée]erlandais|de l${A}(?:[ée]tat|union)|de la (?:r[ée]publique|juridiction|principaut[ée]|conf[ée]d[ée]ration)|du pays|d${A}(?:irlande|angleterre))|(?:loi|lois|l[ée]gislation) (?:d[eu] |de l|des ))`,
      `(?:loi|droit) applicable${g(30)}(?:est|sera|:) (?:la |le )?(?:loi|droit)`,
      `(?:loi|droit) applicable (?:et|au contrat|aux pr[ée]sentes)`,
      '(?:droit|loi) fran[çc]aise? (?:est |sera |seront )?(?:seule? )?applicable',
      // "vous consentez à l'application du droit français"; "la loi X régira les présentes".
      `(?<!en )application (?:du droit|de la loi|de la l[ée]gislation) (?:fran[çc]ais|belge|suisse|luxembourgeois|anglais|irlandais|allemand|espagnol|italien|n[ée]erlandais)`,
      `\\b(?:droit|loi|lois|l[ée]gislation)\\b${g(40)}\\br[ée]gi(?:ra|ront|t|ssent)\\b${g(20)}(?:les pr[ée]sentes|le pr[ée]sent|l${A}interpr[ée]tation|ce contrat|ces conditions|le contrat|la pr[ée]sente)`,
    ],
    en: [
      `governed by${g(60)}\\blaws?\\b`,
      `(?:construed|interpreted|enforced)${g(40)}in accordance with${g(40)}\\blaws?\\b`,
      `\\blaws? of${g(60)}(?:shall |will )?(?:govern|appl(?:y|ies))`,
      `without (?:regard|reference|giving effect) to${g(40)}conflicts?`,
    ],
    unless: { en: ['^\\W*(?:\\d[\\d.]*\\s*)?(?:jurisdiction,? )?(?:and )?governing law\\W*$'] },
  },
  {
    id: 'termination',
    keys: { fr: 'r[ée]sili|rupture|terme|fin\\b|suspend|cl[ôo]tur|clore|supprim|d[ée]sactiv|bloqu|interromp|suspension|ferm|r[ée]solu|r[ée]tractation|arr[êe]ter|cesser|r[ée]voqu', en: 'terminat|suspen|cancel|deactivat|disabl|revok|revocation|discontinu|clos|deny|block|restrict|bar you|stop' },
    fr: [
      'r[ée]silia(?:tion|ble)',
      'r[ée]sili(?:er|[ée]e?s?|e|es|era|eront|erons|erez|ent|ez|ons|ant)\\b',
      'rupture (?:du|des|de la|anticip)',
      '(?:mettre|met|mettra|mettront|mettent|mettons|mettrons) (?:un terme|fin)',
      // "ces Conditions prendront fin", "le contrat prend fin".
      `(?:contrat|conditions|pr[ée]sentes|abonnement|cgu|cgv|accord|relation)${g(40)}\\b(?:prend|prendra|prendront|prennent) fin`,
      `${power(PEUT, '(?:suspendre|cl[ôo]turer|clore|supprimer|d[ée]sactiver|bloquer|interrompre|r[ée]voquer)')}${g(60)}(?:compte|acc[èe]s|services?|contrat|abonnement|utilisation|droit d${A}utiliser)`,
      `(?:suspension|cl[ôo]ture|fermeture|d[ée]sactivation)${g(20)}(?:du|de votre|de son|de l.|des) (?:compte|acc[èe]s|abonnement)`,
      'r[ée]solution (?:du|de plein droit)',
      'r[ée]solu(?:e|) de plein droit',
      // Not a time reference ("pendant vingt-quatre mois après la fin du contrat").
      '(?<!(?:apr[èe]s|suivant|compter de|jusqu.[àa]) la )fin (?:anticip[ée]e|du contrat|de la relation)',
      `(?:fermer|cl[ôo]turer|clore|bloquer|suspendre|d[ée]sactiver|supprimer)${g(30)}(?:votre|son|le|leur|du|l.) ?(?:compte|acc[èe]s|abonnement)`,
      // Any tense ("nous suspendrons ou résilierons votre compte", "si nous avons désactivé votre compte").
      `(?:ferm|cl[ôo]tur|bloqu|suspend|d[ée]sactiv|supprim)\\w*${g(30)}(?:votre|son|leur|le|du) (?:compte|abonnement)`,
      `(?:droit de )?r[ée]tractation`,
      `\\bsuspension\\b`,
      `interromp\\w*${g(30)}(?:services?|acc[èe]s|prestations?|d[ée]veloppements?|utilisation)`,
      `(?:arr[êe]ter|cesser)${g(30)}(?:les d[ée]veloppements|la prestation|la mission|le projet|les services)`,
      `fermeture${g(20)}compte`,
    ],
    en: [
      `${power(MAY, `(?:terminat|suspend|deactivat|revok|discontinu|disabl(?!${CONTENT_ACCESS})|cancel(?: or \\w+)? (?:your|the|any|this|[\\w-]+ed) (?:account|membership|subscription|access|registration|agreement|contract|licen)|stop (?:\\([\\w ]{1,40}\\) )?providing|clos(?:e|ing) (?:your|the|any)|deny (?:you )?access|block (?:your )?access(?! ${CONTENT_OBJECT})|restrict (?:your )?access|bar you)`)}\\w*${g(60)}(?:account|access|use\\b|membership|subscription|agreement|contract|licen|services?\\b|users?\\b|you\\b|relationship|registration|participation|privileges|right|platform|site|products?|at any time|for any reason|convenience|notice|immediately|upon|effective)`,
      '\\bterminat(?:e|es|ed|ing|ion)\\b[^.;]{0,60}(?:this|the) (?:agreement|contract|license|licence)',
      '\\bterminat(?:e|es|ed|ing|ion)\\b[^.;]{0,40}(?:your|the user.s|any) (?:account|access|use|right|membership|subscription|license|registration)',
      '(?:grounds for|result in|lead to|cause for)(?: the)?(?: immediate)? (?:termination|suspension|cancellation|closure)',
      `\\b(?:result in|lead to)${g(80)}\\b(?:suspending|terminating|closing|cancell?ing|deactivating)\\b${g(40)}\\baccounts?\\b`,
      `\\bsubject to (?:\\w+ or )?(?:revocation|termination|suspension) at any time`,
      `terminat\\w*${g(60)}for (?:convenience|cause)\\b`,
      'right to terminate',
      'terminat(?:e|ed|ion)\\b[^.;]{0,80}(?:upon|with|by giving|on)[^.;]{0,30}notice',
      '\\b(?:may|can|shall be entitled to|is entitled to|right to)(?: immediately| at any time)? terminat',
    ],
    unless: {
      fr: [
        // A dispute clause's scope ("l'interprétation, l'exécution ou la résiliation des présentes") names
        // termination, it does not govern it.
        `(?:validit[ée]|interpr[ée]tation|ex[ée]cution|formation)(?:,? (?:ou |et )?(?:la |l${A}|sa |son |leur )\\S+){0,5},? (?:ou |et )?(?:la |sa |leur )?(?:r[ée]siliation|rupture)`,
        // Interruptions for maintenance are about availability, not ending the contract.
        `(?:suspen|interromp|interruption)\\w*${g(80)}maintenance|maintenance${g(80)}(?:suspen|interromp|interruption)`,
      ],
      // The consumer's own exit ("you may cancel your subscription") and survival lists are not the
      // termination clause.
      en: [
        `\\byou (?:may|can|are free to|have the right to|are entitled to)${g(30)}(?:terminat|cancel|end|close|delete|deactivat|stop|discontinu|disabl)`,
        `\\bif you (?:wish|want|would like|decide|choose) to (?:terminat|cancel|close|delete|end|deactivat)`,
        // A refund (or none) after an ending is a payment term (unless the sentence also holds the power to end:
        // "we may terminate your account without refund"); a term running "until terminated by either"
        // is the duration; a suspension for maintenance is availability: not the power to end the contract.
        `^(?!.{0,300}(?:\\b(?:result in|lead to|grounds for)\\b|\\b(?:may|reserves? the right to|(?:is|are) entitled to)(?: \\w+){0,6} (?:suspend|terminat|cancel|close|deactivat))).{0,500}\\brefund`,
        `\\b(?:until (?:and unless )?terminated by (?:either|you or|the \\w+ or)|effective until terminated)(?!${g(80)}\\b(?:notice|upon|for convenience)\\b)`,
        `suspend${g(60)}\\b(?:for|during|while)\\b${g(30)}\\b(?:maintenance|repairs?|upgrades?|fault)\\b`,
        `(?:surviv\\w*|continue after)${g(40)}(?:termination|expiration|expiry)`,
        `(?:termination|expiration|expiry)${g(60)}surviv`,
        `\\byour right to terminate`,
        `^\\W*(?:\\w+\\W+){0,3}(?:upon|after|following|on) (?:any |the )?(?:such )?(?:suspension or )?(?:termination|expiration|expiry)\\b`,
        `not relieve${g(60)}(?:termination|obligation)`,
      ],
    },
  },
  {
    id: 'notice-period',
    keys: { fr: 'pr[ée]avis|avant|pr[ée]alable|l.avance|d[ée]lai de|d[ée]lai de|dans le|dans les|mise en demeure|sans|mett|met|rem[ée]dier|imm[ée]diat|avec effet', en: 'notice' },
    fr: [
      'pr[ée]avis',
      `(?:\\d+|un|une|deux|trois|quatre|six|huit|quinze|trente|soixante|quatre-vingt-dix)\\s*(?:\\(\\d+\\)\\s*)?(?:jours?|mois|semaines?)(?: (?:ouvr[ée]s|ouvrables|calendaires|francs))?${g(30)}(?:avant|pr[ée]alable|[àa] l.avance)`,
      `moyennant un d[ée]lai de`,
      `(?:d[ée]lai de|dans les?) (?:\\d+|quinze|huit|trente) (?:\\(\\d+\\) )?(?:jours|mois)${g(80)}(?:lettre recommand|mise en demeure|notification)`,
      `mise en demeure${g(60)}(?:rest[ée]e? sans effet|infructueuse|d[ée]lai)`,
      // A formal notice or a cure period before ending ("mettra en demeure … de remédier … dans un délai de 7 jours"),
      // and an ending with immediate effect (no notice at all).
      `\\b(?:mett\\w*|met) en demeure${g(120)}(?:d[ée]lai|jours)|rem[ée]dier${g(60)}d[ée]lai`,
      `(?:r[ée]sili|suspend)\\w*${g(30)}(?:imm[ée]diatement|sans d[ée]lai|avec effet imm[ée]diat)`,
      // "sans formalité judiciaire" is about the court, not about notice.
      `sans (?:aucune )?(?:formalit(?![ée]s? judiciaire)|mise en demeure|notification pr[ée]alable)`,
    ],
    en: [
      `(?:\\d+|one|two|three|four|five|six|seven|ten|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety|hundred)\\W{0,3}(?:\\(\\d+\\)\\s*)?(?:business |calendar |working )?(?:days?|weeks?|months?)${A}?${g(30)}(?:prior|advance|written)? ?notice`,
      `notice${g(30)}(?:at least|no less than|not less than|within)${g(20)}(?:\\d+|one|two|three|six|ten|fifteen|thirty|sixty|ninety)`,
      '(?:prior|advance) written notice',
      'notice period',
      'without (?:prior |advance |any )?notice',
      '(?:with or without|without|upon|on) (?:prior |advance |reasonable )?notice',
    ],
    // The time given to settle a dispute amicably is a negotiation period, not notice to end the contract.
    unless: { fr: [`amiable|m[ée]diat(?:ion|eur)|concilia`] },
  },
  {
    id: 'renewal',
    keys: { fr: 'reconduc|reconduit|renouvel|dur[ée]e|p[ée]riode|commence|d[ée]marre|se poursuit', en: 'renew|term\\b|successive|extend|continu|evergreen|expir|remain in' },
    fr: [
      'tacite(?:ment)? reconduc',
      'reconduction',
      'reconduit',
      // Renewing the contract, not a card, a prescription, an intellectual property right or the legal guarantee.
      `(?:contrat|abonnement|pr[ée]sentes|conditions|adh[ée]sion|engagement|souscription|offre|forfait|licence|convention|accord|il|elle)${g(40)}\\brenouvel(?:able|lement|[ée]e?s?\\b|le|lera)`,
      `\\brenouvel\\w*${g(40)}(?:automatique|tacite|p[ée]riodes?|dur[ée]e|m[êe]mes? conditions|successi|(?:du |de l${A}|de (?:votre|son|leur) )(?:contrat|abonnement|adh[ée]sion|engagement|souscription|offre|forfait|licence))`,
      `date (?:de|du) renouvellement`,
      'dur[ée]e (?:initiale|ind[ée]termin[ée]e)',
      `p[ée]riode (?:de souscription|d.engagement|initiale|minimale)`,
      `(?:souscrit|conclu|consenti)e?s?${g(30)}pour une (?:dur[ée]e|p[ée]riode) (?:d[ée]termin[ée]e|d${A}un|d${A}une|de \\w+|initiale|minimale)`,
      `(?:commence|d[ée]marre|se poursuit) automatiquement`,
    ],
    en: [
      `\\b(?:auto(?:matically)?[- ])?(?:non-?)?renew(?:al|ed|s|able)?\\b${g(60)}(?:term|agreement|period|year|month|basis|unless|notice|expir)|(?:agreement|term|contract)${g(40)}(?:non-?)?renew`,
      `(?:extend|extension of|continue) (?:the|this|its) (?:term|agreement)${g(60)}(?:additional|further|successive|period|year|month)`,
      `additional (?:renewal )?(?:terms?|periods?) of`,
      'successive (?:renewal )?(?:periods|terms|renewals|annual|one-year|\\w+-year|\\w+ \\(\\d+\\) year)',
      `automatic(?:ally)? (?:extend|extension|continu|renew)`,
      `(?:continue|extended|renewed) automatically`,
      '\\bevergreen\\b',
      `\\b(?:continue|renew|extended)${g(30)}(?:on a )?(?:month[- ]to[- ]month|year[- ]to[- ]year)|\\b(?:term|agreement)${g(30)}(?:shall|may|will) be extended${g(20)}\\b(?:for|by)\\b`,
      '(?:renewal|then[- ]current|extended|additional) term(?!s? (?:and|or) conditions)',
      `unless (?:either party|terminated|a party)${g(60)}(?:prior to|before|at least)${g(40)}(?:expir|end of)`,
    ],
    unless: {
      // Renewing a trademark, a domain name or a prescription is not the contract's term, nor is the legal
      // guarantee of conformity "renouvelée" after a replacement.
      fr: [`renouvel\\w*${g(20)}(?:marques?|brevets?|noms? de domaine|d[ée]p[ôo]ts?|ordonnances?)\\b`, `garantie${g(40)}renouvel`],
      en: [
        `renewable (?:energy|sources?|resources?|fuel)`,
        `renewal (?:date|fees?)\\b`,
        `(?:patents?|registrations?|trademarks?|domain names?)${g(60)}renewals?`,
        `renew${g(30)}(?:insurance|registration|permit|licen[cs]es? (?:and|or) permits)`,
        // "survive the termination or non-renewal": the ends of the contract named together, not a renewal term.
        '(?:termination|expiration|expiry),? or non-?renewal',
        // The term named in passing: "during the Term (and any renewal term)", "including any renewals or extensions".
        `\\b(?:term|agreement),? \\(?(?:and|or|including) (?:any|all|each) (?:renewals?|extensions?|renewal terms?|extension periods?)\\b(?!${g(120)}(?:automatic|for (?:an? )?(?:additional|further|successive)))|including any renewals?\\b`,
        // The definition that sums the terms up, or something happening during a renewal term (a rate change).
        `^${g(40)}\\binitial term,? (?:and|together with)${g(60)}(?:collectively|referred to|shall be)`,
        '(?:during|throughout) (?:any|each|the|such) (?:renewal|extended|then[- ]current) term',
        // A renewal only by mutual agreement is a new contract the parties may or may not make, not a renewal term.
        `^(?!.{0,400}\\bautomatic).{0,400}(?:\\b(?:may|can|could) be (?:extended or )?renewed${g(60)}\\bmutual|\\brenew\\w* (?:only )?(?:by|upon|subject to|under|with) (?:the )?mutual|\\bmutually agree\\w*${g(30)}\\brenew|\\b(?:if|should|unless) (?:both|the) parties (?:wish|agree|desire|elect)${g(20)}\\brenew|\\brenewed (?:in writing )?by (?:agreement|the parties)|\\b(?:parties )?(?:may|can) agree to renew)`,
      ],
    },
  },
  {
    id: 'payment',
    keys: { fr: 'paiement|r[èe]glement|factur|p[ée]nalit|recouvrement|honoraire|acompte|int[ée]r[êe]t|tjm|journalier|prix|tarif|montant|payer|r[ée]gler|verser|pr[ée]lev|rembours|compensation|redevance|r[ée]mun[ée]ration|frais|rabais|remise|ristourne|escompte|recouvr|co[ûu]t', en: 'pay|paid|repay|invoic|fee|charge|late|net \\d|set[- ]?off|reimburs|refund|bill|interest' },
    fr: [
      '(?:paiement|r[èe]glement)s? (?:des|de la|du|de vos|des factures|par|interviendra|est|sont|doit|s.effectue|comptant|int[ée]gral|[àa](?= ))',
      '\\bfactur(?:e|es|ation|[ée])',
      `(?:d[ée]lai|conditions|modalit[ée]s|moyens?|d[ée]faut|retard|incident)s? de (?:paiement|r[èe]glement)`,
      'p[ée]nalit[ée]s? de retard',
      'indemnit[ée] forfaitaire (?:pour frais )?de recouvrement',
      '\\bhonoraires?\\b',
      '\\bacomptes?\\b',
      `taux d${A}int[ée]r[êe]t`,
      '\\b(?:tjm|taux journalier)\\b',
      // "dû", not "du"; "tarif", not "tarifaires".
      `\\b(?:prix|tarifs?|montants?)\\b${g(40)}\\b(?:payables?|exigibles?|dû|dus|dues?|pay[ée]e?s?|r[ée]gl[ée]e?s?)\\b`,
      // The price of a service stated ("Le coût du Service est constitué par…", "Le prix de l'abonnement est de 10 €").
      `\\b(?:co[ûu]t|prix|tarifs?) (?:du|de la|des|de l${A}|de votre|de chaque)${g(40)}\\b(?:est|sont|s${A}[ée]l[èe]ve|comprend|constitu[ée]|fix[ée]|indiqu[ée])\\b`,
      // Discounts on invoices, and paying one's orders.
      `\\b(?:rabais|ristournes?|escomptes?)\\b`,
      `\\br[ée]gler (?:vos|ses|leurs|le montant de|les) (?:achats|commandes?|abonnements?|factures?)`,
      // Card or bank details given to pay, the amount to pay, a price referred to.
      `(?:informations|coordonn[ée]es) bancaires|\\bmontant (?:[àa] payer|[àa] r[ée]gler)|\\bau prix (?:indiqu[ée]|affich[ée]|en vigueur|convenu|fix[ée]|desdits|du|de la|des)\\b`,
      `(?:payer|r[ée]gler|verser|pr[ée]lever|pay[ée]e?s?)${g(40)}(?:sommes?|montants?|prix|factur|honoraires|frais|r[ée]mun[ée]ration|acompte|\\d)`,
      '(?:rembours|compensation (?:des|de|entre))',
      '\\bredevances?\\b',
      `\\br[ée]mun[ée]ration`,
      `\\bfrais\\b`,
    ],
    en: [
      '\\bpayments?\\b',
      '\\b(?:pay|pays|paid|payable|repay)\\b',
      '\\binvoic',
      '\\b(?:fees?|charges?) (?:are|is|shall|will|due|payable|paid)',
      'late (?:fee|charge|payment)s?',
      '\\bnet \\d',
      '\\bset[- ]?off\\b',
      '\\breimburs',
      '\\brefund',
      '\\bbill(?:ed|ing)\\b',
      'interest (?:at|on overdue|on late)',
    ],
    // Each party's legal costs in a dispute ("honoraires d'avocats et dépens") are not payment terms.
    // A penalty or a liability cap counted in the sums paid is that clause, not a payment term.
    unless: { fr: [`honoraires d${A}avocats?`, `frais (?:de justice|d${A}avocats?|irr[ée]p[ée]tibles)`, `titre de clause p[ée]nale`, `r[èe]glement${g(20)}(?:amiable|des litiges|du litige|des diff[ée]rends|des conflits)`, `\\bd[ée]pens\\b|indemnis\\w*${g(60)}(?:frais|honoraires)`, `responsabilit[ée]${g(60)}(?:limit[ée]e|plafonn[ée]e)${g(40)}(?:aux |au )?(?:sommes|montants?|prix)`,
      // Archiving orders and invoices as evidence, and the costs of an arbitration, belong to those clauses.
      `archiv\\w*${g(60)}factur`, `arbitr\\w*${g(80)}\\b(?:frais|honoraires)\\b|\\b(?:frais|honoraires)\\b${g(80)}arbitr`] },
  },
  {
    id: 'price-change',
    keys: { fr: 'r[ée]vis|index|prix|tarif', en: 'price|pricing|fee|rate|charge|subscription|index|cpi' },
    fr: [
      `r[ée]vis(?:ion|er|[ée]s?)${g(20)}(?:des |du |de |les |ses |nos )?(?:prix|tarifs?|r[ée]mun[ée]ration|honoraires)`,
      '\\bindex(?:ation|[ée]e?s?)\\b',
      `(?:modifier|augmenter|[ée]voluer|ajuster)${g(20)}(?:ses |les |nos |le |leurs )?(?:prix|tarifs)`,
      `(?:augmentation|modification|[ée]volution|hausse)${g(10)}(?:des |du |de nos |de ses )?(?:prix|tarifs)`,
      `(?:prix|tarifs)${g(40)}(?:susceptibles? d.[êe]tre|peuvent [êe]tre) (?:modifi|r[ée]vis)`,
    ],
    en: [
      '(?:price|pricing|fee|rate)s? (?:adjustment|increase|change|escalation|revision)',
      `(?:increase|change|adjust|modify|revise|raise)${g(20)}(?:the |our |its |any )?(?:price|pricing|fee|rate|charge|subscription)s?\\b`,
      '(?:prices|fees|rates) (?:are|may be) subject to change',
      'indexation',
      'consumer price index',
      '\\bcpi\\b',
    ],
  },
  {
    id: 'liability',
    keys: { fr: 'responsab|dommage|plafon|risque|d[ée]clin|ne sauront|ne saurait|[êe]tes|engag|assum|d[ée]charg|renon|prescri|garanti|l.[ée]tat', en: 'liab|responsib|damage|in no event|remed|exceed|cause of action|claim|limitation|exclusion|hold|refund|brought|bring|commenc|instituted|maximum' },
    fr: [
      `responsabilit[ée]${g(60)}(?:limit[ée]|plafonn[ée]|exclu|ne (?:saurait|pourra|peut)|ne sera|engag[ée]e|encour)`,
      `(?:ne (?:saurait|saura|sauraient|pourra|pourront|peut|peuvent|sera|seront)(?: en aucun cas| pas| nullement)?|n.est pas|ne sont pas|en aucun cas)${g(30)}(?:[êe]tre )?(?:tenue?s? (?:pour )?)?responsables?`,
      `(?:seule? |enti[èe]re |pleine )responsabilit[ée]`,
      'seule?s? responsables?',
      `(?:d[ée]cline|exclut?|exon[èe]re|d[ée]gage)${g(20)}(?:toute |sa |leur |de toute )?responsabilit`,
      `aucune responsabilit`,
      `sans (?:aucune )?responsabilit`,
      `dommages?${g(10)}(?:indirects?|immat[ée]riels?|cons[ée]cutifs?)`,
      '(?:plafond|plafonn)\\w*',
      `limitations? (?:et exclusions? )?de (?:la |sa |leur |notre )?responsabilit`,
      `(?:exclusions?|limitations?)${g(40)}(?:dommages|responsabilit)`,
      // "n'est aucunement responsable", "ne sera en aucun cas tenue responsable", "n'est cependant pas responsable"
      `\\bn(?:e |${A})(?:saurait|saura|sauraient|pourra|pourront|peut|peuvent|sera|seront|est|sont)(?: \\w+){0,3} (?:[êe]tre )?(?:tenue?s? )?(?:pour )?responsables?`,
      `(?:unique|enti[èe]rement|pleinement|exclusivement) responsables?`,
      `(?:renon[cç]\\w*|d[ée]charg\\w*)${g(120)}(?:tout recours|toute r[ée]clamation|toute action|responsabilit)`,
      `(?:action|r[ée]clamation|recours)${g(120)}\\bprescrite?s?\\b`,
      `[àa] (?:ses|vos|leurs) (?:propres )?risques`,
      'responsables? (?:de|du|des) (?:tout|toute|tous|toutes|l.utilisation|la bonne|leur|son|sa|ses|vos)',
      `(?:est|sont|[êe]tre|demeure|reste) responsables?`,
      `d[ée]clin\\w*${g(20)}responsabilit`,
      `ne (?:sauront|saurait|sauraient)${g(30)}responsables?`,
      `[êe]tes${g(20)}responsables?`,
      `engag\\w* (?:pas |sa |leur |notre )*responsabilit`,
      `\\bassum\\w*${g(30)}(?:risques|cons[ée]quences|responsabilit)`,
      // Disclaiming warranties ("fourni en l'état", "exclut toute garantie") limits liability too.
      `(?:exclu\\w*|d[ée]clin\\w*|n${A}accorde|ne (?:fait|donne|offre|fournit)|sans(?! pr[ée]judice))${g(30)}\\b(?:aucune|toute|toutes|les) (?:autres? )?garanties?\\b|\\bsans garantie`,
      `fourni\\w*${g(10)}(?:«\\s*|"\\s*|“\\s*)?en l${A}[ée]tat`,
    ],
    en: [
      `\\b(?:not|never|nor)\\b(?: \\w+){0,4} (?:be )?(?:held )?(?:liable|responsible)\\b`,
      `\\b(?:neither|nor|none of)\\b${g(120)}\\b(?:be|is|are|shall have|will have|has|have) (?:held )?(?:any )?(?:liable|responsible|liability)`,
      // The verbs, not the nouns: "the limitations of liability set forth above" only names the clause.
      `\\b(?:disclaim|exclude|limit)(?:s|ed)?\\b(?: and (?:disclaim|exclude|limit)s?)?${g(40)}(?:all |any )?(?:liability|responsibility)`,
      `\\blimitations? (?:of|on) liability${g(60)}\\b(?:will|shall) apply`,
      `(?:assumes?|accepts?|bears?|takes?|undertakes?) no${g(20)}(?:liability|responsibility)`,
      `(?:maximum|aggregate|total|entire|cumulative|sole) (?:aggregate )?liability`,
      `liability${g(100)}(?:shall|will|is|be) (?:in no event |not )?(?:limited|capped|exceed|greater than|in excess of)`,
      `liability${g(100)}(?:shall|will|may) not (?:exceed|be greater)`,
      `in no event${g(120)}(?:liable|liability|responsible)`,
      `(?:indirect|consequential|incidental|special|punitive|exemplary) (?:or \\w+ )?(?:damages|loss)`,
      '(?:excludes?|limits?|restrict) (?:or (?:limits?|excludes?) )?(?:our|its|their|any|the) liability',
      `hold${g(20)}(?:us|\\w+) (?:responsible|liable)`,
      `(?:cause of action|claim)${g(60)}(?:more than|within) (?:\\w+ )?(?:\\(\\d+\\) )?(?:year|month)s?${g(40)}(?:after|accru|aris)`,
      `(?:sole and exclusive|exclusive|sole) (?:remedy|remedies|liability)`,
      `(?:limitations?|exclusions?)${g(40)}(?:shall|will) not apply`,
      `\\bno refunds?\\b|without (?:any )?refund|(?:not|no) (?:be )?(?:entitled to |receive |required to provide )?(?:a |any )?refund`,
      // A time bar on suits ("no action may be brought more than two years after…"), an amount capped in other
      // words, and the uncapped carve-out ("nothing in this Section shall limit the indemnification obligations").
      `\\b(?:brought|bring|commenced?|instituted)${g(80)}(?:more than|within) (?:\\w+ )?(?:\\(\\d+\\) )?(?:year|month)s?\\b`,
      'liable for no more than|(?:cumulative|aggregate) maximum',
      // Liability confined to some heads ("is only liable for slight negligence", "liable for foreseeable damage
      // under statutory provisions"); a saving
      // that it "does not affect our liability for death or personal injury".
      `\\b(?:is|are|shall be|will be) only liable\\b|\\bliable\\b${g(100)}\\b(?:foreseeable|statutory (?:law|provisions)|essential contractual obligations|cardinal obligations)`,
      `\\bdoes not (?:affect|exclude|limit|restrict)${g(20)}\\b(?:our|its|their|any|your) liability`,
      `\\bnothing${g(60)}(?:shall|will|is intended to)${g(30)}(?:limit|restrict)${g(30)}(?:indemnif|damages|liabilit)|shall not limit${g(30)}(?:obligations${g(20)}indemnif|liabilit|damages)`,
    ],
    unless: {
      en: [
        'liability insurance',
        `limited liability (?:company|partnership)`,
        `not relieve${g(60)}liabilit`,
        `beyond (?:its|their|the|our) (?:reasonable )?control`,
        // Force majeure excuses a delay; it does not limit liability ("beyond Licensee's reasonable control").
        `(?:beyond|outside) (?:the )?(?:[\\w'’]+ )?(?:reasonable )?control|force majeure|acts? of god`,
        // Who bears a cost, a tax or an expense is an allocation, not a limitation.
        `(?:liable|responsible)(?: \\w+){0,3} (?:for|to reimburse)(?: (?:any|all|the|its|their|payment of|such|of)){0,3} (?:[\\w-]+ )?(?:taxes|fees|charges|costs|expenses|compensation|withholding|remuneration|reimbursements?|payments?)\\b`,
        'joint(?:ly)? (?:and|or) several(?:ly)? liab|personally liable',
        // Independence of the parties, a duty allocated ("not responsible for monitoring…"), no compensation owed
        // because the contract ends: other topics than a limit on damages.
        `for the (?:debts|obligations|acts|acts or omissions)${g(30)}of (?:the other|any other|another)`,
        `responsible for (?!any|every|no)[a-z]+ing\\b`,
        `(?:liable|liability|responsible)${g(80)}(?:by reason of|resulting (?:solely )?from|as a result of|on account of|because of|prior to)${g(30)}(?:the |such |its )?(?:expiration|termination|terminating|non-renewal)`,
        // Insurance requirements that "shall not limit" a party's liability; a cross-reference to the article.
        `insurance${g(80)}\\blimit|limitations? (?:of|on) liability\\)|not (?:be construed as|constitute|intended to be) (?:the |an )?(?:sole|exclusive)`,
        'indemnif(?:ying|ied) part(?:y|ies)',
        `not (?:be )?(?:the|an) (?:sole|exclusive)`,
        `(?:^|\\W)"?[\\w ]{1,40}"? means\\b`,
        `(?:some|certain) (?:jurisdictions|states|countries|places|laws)${g(40)}(?:do not|don.t|does not) (?:allow|permit)`,
        `surviv\\w*${g(40)}(?:termination|expiration|expiry)`,
        '^\\W*(?:\\d[\\d.]*\\s*)?limitations? (?:of|on) liability\\W*$',
      ],
      // The company form "société à responsabilité limitée" limits nothing in the contract.
      fr: ['assurance responsabilit[ée] civile', `soci[ée]t[ée] (?:unipersonnelle )?[àa] responsabilit[ée] limit[ée]e`],
    },
  },
  {
    id: 'indemnity',
    keys: { fr: 'garanti|indemn|relever|indemne', en: 'indemn|harmless|defend' },
    fr: [
      `garanti(?:r|t|ra|ront|ssent|ssez)${g(60)}contre (?:toute|tout|les|l.ensemble)`,
      // The verb or the undertaking; the noun alone is usually compensation owed ("droit à indemnisation",
      // "demande d'indemnisation" of a passenger), not one party covering the other.
      `indemnis(?:e|ent|er|era|eront|ez)\\b${g(80)}(?:tiers|r[ée]clamation|action|recours|pr[ée]judice|frais|condamnation)`,
      `(?:votre|son|sa|leur|cette|la pr[ée]sente|vos|ses|leurs) obligations? d${A}indemnis|(?:s${A}engage\\w*|accept\\w*|conv\\w*|devr\\w*|doi\\w*) (?:[àa] |d${A})?indemniser`,
      `relever (?:et garantir|indemne)`,
      'tenir indemne',
      `(?:garantit|garantira|garantir)${g(40)}(?:de toute|de tout|des cons[ée]quences)${g(40)}(?:r[ée]clamation|action|recours|condamnation)`,
      `garanti\\w*${g(80)}contre (?:toute|tout|les) (?:action|r[ée]clamation|revendication|recours|condamnation)`,
    ],
    en: [
      '\\bindemnif',
      '\\bindemnit(?:y|ies)\\b',
      'hold(?: \\w+){0,6} harmless',
      `\\bdefend${g(80)}(?:against|from) (?:any|all)`,
    ],
  },
  {
    id: 'penalty',
    keys: { fr: 'p[ée]nal|indemnit[ée] forfaitaire|d[ée]dit', en: 'liquidated|penalt|service credit|fee|pay|paid' },
    fr: [
      'clause p[ée]nale',
      `p[ée]nalit[ée]s?${g(40)}(?:retard de livraison|retard dans (?:la|l.ex[ée]cution)|forfaitaire|contractuelle|par jour de retard)`,
      `indemnit[ée] forfaitaire${g(40)}(?:r[ée]siliation|rupture|d[ée]dit)`,
      '\\bd[ée]dit\\b',
    ],
    en: [
      'liquidated damages',
      `\\bpenalt(?:y|ies) (?:of|equal|in the amount|amount|shall|will|per)\\b|(?:pay|paid|payable|impose|charge)${g(30)}penalt|as a penalty`,
      'service credits?',
      // A sum owed for ending early is liquidated damages under another name.
      `\\b(?:pay|paid|payable|owe)${g(60)}(?:(?:early )?termination|cancell?ation|buy-?out) (?:fee|payment|charge)s?\\b`,
      `terminat${g(80)}\\b(?:pay|paid|payable)${g(30)}(?:a |an )?lump[- ]sum`,
    ],
    unless: {
      fr: [`p[ée]nalit[ée]s? de retard${g(40)}(?:paiement|factures?|sommes dues|taux)`],
      en: [
        `(?:interest|tax|taxes|fines|costs|(?<!liquidated )damages|fees|losses)${g(20)}penalt`,
        // Ending the contract without paying the fee is the carve-out, not the fee.
        `without (?:any )?(?:payment|paying|liability for)${g(30)}(?:termination|cancell?ation) (?:fees?|charges?)`,
        `penalt\\w*${g(20)}(?:fines|costs|expenses|interest)`,
        `without${g(40)}penalt`,
        `(?:civil|criminal) penalt`,
        // Formalities ("under penalties of perjury") and statements about such clauses, not a clause setting one.
        `penalt(?:y|ies) of (?:perjury|nullity)|(?:is|are) not liquidated damages|liquidated damages clauses? (?:are|is) unenforceable|contains? a liquidated damages clause|\\bwaiver\\b`,
      ],
    },
  },
  {
    id: 'intellectual-property',
    keys: { fr: 'propri[ée]t|auteur|droits|licence|contrefa|marque|source|savoir|reproduire|repr[ée]senter|exploiter|adapter|copier|modifier|c[èe]de|c[ée]d|cession|conc[èe]de|consent|octroie|accorde|autoris|reproduits|repr[ée]sent|modifi|distribu|copi|[œo]uvre|droit|d[ée]compil|ing[ée]nierie|r[ée]tro', en: 'intellectual|copyright|patent|trademark|for hire|title,? and interest|licen|assign|owner|property|own\\b|owns\\b|moral|invention|derivative|joint' },
    fr: [
      'propri[ée]t[ée] intellectuelle',
      `droits? d${A}auteur`,
      `(?:c[èe]de|c[ée]dera|c[ée]der|cession)${g(60)}droits`,
      'droits? patrimoniaux',
      `(?:conc[èe]de|consent|octroie|accorde)${g(60)}licence`,
      `licence${g(40)}(?:exclusive|non exclusive|d.utilisation|d.exploitation|personnelle|gratuite)`,
      // A right of use granted or limited ("concède un droit d'utilisation personnel, non exclusif"), and the
      // usual software restrictions.
      `(?:conc[èe]de|consent|octroie|accorde)${g(80)}droits? (?:d.utilisation|d.exploitation|d.usage)`,
      `droits? (?:d.utilisation|d.usage) (?:personnel|non[- ]exclusif|non[- ]cessible|non[- ]transf[ée]rable|limit[ée])`,
      `d[ée]compil|ing[ée]nierie inverse|r[ée]tro-?ing[ée]nierie`,
      // "tout droit, titre et intérêt", "concéder … tout droit", "uniquement un droit d'utilisation", and the
      // usual list of exploitation rights ("reproduction, représentation, adaptation").
      `droits?,? titres? et int[ée]r[êe]ts?|conc[èe]d\\w*${g(60)}\\btous? (?:les )?droits?\\b|(?:uniquement|seulement|simple) (?:un )?droit d${A}(?:utilisation|usage)`,
      `\\b(?:reproduction|repr[ée]sentation)s?,? (?:(?:de |et |ou |la |l${A}|d${A})*)(?:reproduction|repr[ée]sentation|adaptation|traduction|exploitation|diffusion|distribution)`,
      'propri[ée]t[ée] (?:exclusive|pleine et enti[èe]re)',
      'contrefa[çc]on',
      'marques?(?: d[ée]pos[ée]e?s?| et logos?)',
      '(?:codes? sources?|savoir-faire)',
      `(?:reste|restent|demeure|demeurent|devient|deviennent)(?: la)? (?:seule |pleine |enti[èe]re )?propri[ée]t[ée]`,
      `(?:reproduire|repr[ée]senter|exploiter|adapter|copier|modifier)${g(40)}(?:tout ou partie|sans (?:l.)?autorisation)`,
      `\\blicences?\\b`,
      `droits?${g(10)}sur (?:les|le|la|l.)`,
      `autoris\\w*${g(20)}[àa] (?:utiliser|reproduire|exploiter|diffuser|effectuer)`,
      `(?:reproduits?|repr[ée]sent[ée]s?|modifi[ée]s?|distribu[ée]s?|copi[ée]s?)${g(60)}(?:sans|autorisation|[œo]uvre d[ée]riv[ée]e)`,
      // A work, not "mettre en œuvre" or "main-d'œuvre".
      `(?<![\\wÀ-ÿ]|en |d${A})[œo]uvres?\\b`,
      `\\bauteur\\b`,
      `\\bpropri[ée]t[ée] (?:du|des|de la|de l.)`,
    ],
    en: [
      'intellectual property',
      '\\bcopyrights?\\b',
      '\\bpatents?\\b',
      '\\btrademarks?\\b',
      'works? (?:made )?for hire',
      'right,? title,? and interest',
      `\\b(?:grants?|granted)${g(80)}\\blicen[cs]e`,
      `\\blicen[cs]e${g(30)}(?:to use|to reproduce|to access|royalty|perpetual|irrevocable|worldwide|non-?exclusive|exclusive|limited)`,
      `\\bassigns?${g(40)}(?:all|its|his|her|any) (?:right|ownership|intellectual)`,
      '\\bownership\\b',
      '(?:shall|will) (?:be|remain|become) the (?:sole |exclusive )?property',
      '(?:sole|exclusive) (?:and exclusive )?property',
      `\\b(?:own|owns)\\b${g(40)}(?:all|any) (?:right|intellectual|content|data|work)`,
      'moral rights',
      '\\binventions?\\b',
      '\\bderivative works?\\b',
      '\\bjointly[- ]owned\\b',
      'joint (?:ip|intellectual|ownership|invention)',
    ],
    // An article title quoted in a cross-reference names the clause, it is not one.
    unless: { fr: ['[«"]\\s*propri[ée]t[ée] intellectuelle\\s*[»"]'] },
  },
  {
    id: 'unilateral-change',
    keys: { fr: 'modifi|chang|adapt|mettre [àa] jour|mises? [àa] jour|[ée]volu|compl[ée]ter|supprimer|version|r[ée]vis|amend|informerons|informera|notifierons|notifiera|ajouter', en: 'modif|chang|amend|revis|updat|vary|alter|replace|impose|establish|create|implement|introduce|place|make|subject to (?:change|modif|revis)|regularly|periodically|from time to time|frequent|notify you|material|significant|current version|latest version' },
    fr: [
      `${power(PEUT, '(?:modifi|chang|adapt|mettre [àa] jour|faire [ée]voluer|[ée]voluer|compl[ée]ter|ajouter|supprimer des fonctionnalit)')}`,
      `(?:modifi\\w*|mises? [àa] jour)${g(60)}(?:unilat|[àa] tout moment|sans pr[ée]avis|de temps [àa] autre)`,
      `(?:les pr[ée]sentes|conditions|cgu|cgv|cgvu|cguv|cu)${g(30)}(?:peuvent|sont susceptibles d.|pourront)${g(20)}(?:[êe]tre )?(?:modifi|mises? [àa] jour|r[ée]vis|amend)`,
      `version${g(20)}(?:en vigueur|modifi[ée]e|mise [àa] jour)${g(60)}(?:date|moment|utilisation|acc[èe]s|commande)`,
      `version${g(30)}(?:qui fait foi|applicable|opposable)${g(60)}(?:en ligne|date|moment|acc[èe]s|utilisation|commande)`,
      `(?:toute|les) modifications?${g(40)}(?:pr[ée]sentes|conditions|cgu|cgv|contrat|services?)`,
      `(?:informerons|informera|notifierons|notifiera)${g(40)}(?:modifications?|changements?|mises? [àa] jour)`,
    ],
    en: [
      `${power(MAY, '(?:modify|change|amend|revise|update|vary|alter|replace)')}\\b${g(80)}(?:terms|agreement|policy|policies|service|services|feature|features|these|price|pricing|fee|fees|time|content|website|site|platform|software|products?)`,
      `(?:terms|agreement|policy|conditions)${g(40)}(?:may|will|can) (?:be )?(?:modified|changed|amended|revised|updated)`,
      `at any time${g(40)}(?:modify|change|amend|revise|update)`,
      `(?:review|check)${g(40)}(?:periodically|from time to time|regularly)${g(40)}(?:change|modif|updat)`,
      `${power(MAY, '(?:make|impose|establish|create|implement|introduce|place)')}${g(40)}(?:changes|modifications|corrections|limits|new)`,
      `(?:impose|establish|create|place) (?:limits|restrictions)`,
      `(?:review|look at|check)${g(60)}(?:regularly|periodically|from time to time|frequent)`,
      `(?:material|significant) (?:changes?|revisions?|modifications?)`,
      `(?:current|latest) version of (?:the|these|this)`,
    ],
    unless: {
      en: [
        `(?:you|user) (?:may|shall|will) not${g(20)}(?:modify|change|alter)`,
        // Technical changes to the user's content (a licence), a clause that nothing else will vary the terms,
        // or outside facts that vary (laws, amounts): no party changing the contract.
        `(?:modify|adapt|changes?|modifications?)${g(30)}\\b(?:your|user|subscriber) content|technical modifications`,
        // Editing the users' content is the power over content (content-removal), and a licence to adapt it
        // is an IP grant: neither changes the contract or the service.
        `\\b(?:modify|alter|edit)(?:,? (?:or |and )?(?:remove|delete|refuse to display|display|modify|alter|edit|reject|move|otherwise make use of))*,? (?:any (?:of )?(?:your |user |such )?|your |user |such )(?:[\\w-]+ )?content\\b`,
        `\\blicen[cs]e\\b${g(150)}\\b(?:adapt|modify)\\b`,
        `\\b(?:will|shall) not (?:vary|modify|change|amend|alter|replace)\\b|serve to (?:modify|amend|vary)`,
        `\\b(?:laws?|amounts?|requirements|rates?)\\b${g(40)}\\bmay (?:vary|change)`,
        // The user's own settings, or a card issuer's account-updater service.
        `review your (?:settings|preferences|privacy settings|account settings)|(?:card|issuer|bank)${g(60)}update service|\\byou (?:may|can)${g(20)}(?:change|update|modify|edit) your\\b`,
      ],
      // The user editing their own profile or settings; a ban on altering the site's content.
      fr: [
        `(?:pouvez|peut|pourra)${g(30)}modifier (?:sa |son |ses |votre |vos )(?:fiche|profil|compte|informations|donn[ée]es|mot de passe|param[èe]tres|pr[ée]f[ée]rences|avis|commande|candidature|statut)`,
        `\\bne (?:peu|pourr)\\w*${g(40)}modifi`,
      ],
    },
  },
  {
    id: 'acceptance',
    keys: { fr: 'recette|proc[èe]s|r[ée]ception|valid|r[ée]put[ée]|utilisant|acc[ée]dant|naviguant|cochant|cliquant|cr[ée]ant|visitant|t[ée]l[ée]chargeant|souscrivant|passant|vaut|implique|emporte|entra[îi]ne|constitue|signifie|accept|utiliser|reconna|sans r[ée]serve|r[ée]ceptionn|[ée]met|formul|consid[ée]r|soumis aux|version|accord', en: 'accept|deemed|bound|binding|by (?:your )?(?:continu|using|use|access|visit|brows|regist|download|install|click|creat|sign|subscrib|open)|through (?:your )?(?:use|access)|upon (?:your )?(?:use|access|continu|regist)|constitut|signif|indicat|evidenc|confirm|do not agree|do not accept|agree to (?:these|this|the)|agrees? to the|consent to (?:these|this|the)' },
    fr: [
      '\\brecette\\b',
      'proc[èe]s[- ]verbal de (?:recette|r[ée]ception|livraison)',
      // Not a date reference ("dans un délai d'un mois à compter de la réception du Livrable").
      `(?<!(?:compter de|d[èe]s|apr[èe]s|suivant) la )(?:proc[ée]dure de )?r[ée]ception (?:du|des) livrables?`,
      `valid(?:ation|er|e)${g(20)}(?:des |du |les |le )?livrables?`,
      // "réputé reçu" is about notices, not acceptance.
      `r[ée]put[ée]e?s? (?:accept|valid|r[ée]ceptionn)`,
      `(?:en|par) (?:utilisant|acc[ée]dant|naviguant|cochant|cliquant|cr[ée]ant|visitant|t[ée]l[ée]chargeant|souscrivant|passant commande)${g(120)}(?:accept|adh[ée]s|reconna\\w* (?:avoir|et accept)|consent|li[ée]e?s?)`,
      `(?:utilisation|acc[èe]s|inscription|commande|cr[ée]ation|souscription|ouverture)${g(60)}(?:vaut|implique|emporte|entra[îi]ne|constitue|signifie)${g(30)}(?:acceptation|adh[ée]sion|accord)\\b`,
      `(?<!date (?:de l${A}|d${A}))accept(?:e|ez|er|ation)${g(20)}(?:express[ée]ment |sans r[ée]serve |pleine et enti[èe]re )?(?:des |les |de ces |ces )?(?:pr[ée]sentes|conditions|cg|cu\\b)`,
      // Not using the service as the way to refuse the terms, not any ban on a use ("ne pas utiliser … de façon").
      `(?:n${A}acceptez pas|n${A}accepte pas|refusez|n${A}[êe]tes pas d${A}accord|en d[ée]saccord)${g(80)}(?:ne (?:pas|devez pas|doit pas) utiliser|renoncer [àa] utiliser|s.abstenir d.utiliser|cesser d.utiliser)`,
      `reconna[îi]\\w*${g(40)}(?:avoir (?:lu|pris connaissance))`,
      'sans r[ée]serve[^.;]{0,30}(?:pr[ée]sentes|conditions|cg)',
      'r[ée]ceptionn',
      `(?:[ée]met|formul)\\w*${g(20)}(?:des |aucune |de )?r[ée]serves`,
      `(?:consid[ée]r[ée]|r[ée]put[ée])e?s?${g(30)}(?:accept|valid|r[ée]ceptionn)`,
      `soumis aux (?:cg\\w*|conditions)${g(30)}en vigueur`,
      // "If you do not accept these terms…"; the version in force when one uses the service binds.
      `\\b(?:si|dans le cas o[ùu])${g(30)}(?:n${A}accept\\w* pas|refus\\w*|n${A}(?:est|[êe]tes) pas (?:en accord|d${A}accord))${g(40)}(?:cg\\w*|cu\\b|conditions|pr[ée]sentes)`,
      `version${g(30)}(?:qui fait foi|applicable|opposable|en vigueur)${g(60)}(?:acc[èe]s|utilisation|commande)`,
    ],
    en: [
      'acceptance (?:test|criteria|certificate|procedure|period|of (?:the )?deliverable)',
      // Not a third-party beneficiary "deemed to have accepted the right" to enforce the terms.
      `deemed${g(40)}(?:accept|approv)(?!\\w* the right)`,
      `(?:by|through|upon) (?:your )?(?:(?:continued|continuing) )?(?:using|use of|accessing|access(?:ing)? to|visiting|browsing|registering|downloading|installing|clicking|creating|signing up|subscribing|opening)${g(160)}(?:(?:agree|accept|consent)\\w*(?: to)?(?: be bound(?: by)?)? (?:these|this|the|our|all|such|any) (?:terms|agreement|conditions|eula|rules|polic|changes|modifications|revisions|revised|updated|amended|modified|new|updates)|be(?:come)? bound|acceptance of|legally binding)`,
      `(?:use|access|usage)${g(80)}(?:constitutes?|signif(?:y|ies)|indicates?|means|evidences?|confirms?|deemed)${g(40)}(?:(?:accept|agree|consent)\\w*(?: to| of)? (?:these|this|the|our|all|such|any) (?:terms|agreement|conditions|eula|rules|polic|changes|modifications|revisions|revised|updated|amended|modified|new|updates)|acceptance of|be bound)`,
      // Agreeing to be bound counts when it comes with the use that binds ("when you order or use… you agree…").
      `\\b(?:use|using|access|accessing|order|install|installing|download|register|registering)\\b${g(100)}\\b(?:you|user|i) (?:hereby |expressly )?(?:agree|accept|consent)\\w*${g(30)}(?:be bound|these terms|this agreement|the terms|to the terms|to all)`,
      `\\b(?:use|using|access|accessing)\\b${g(100)}\\b(?:agree|accept)\\w* (?:to )?(?:be )?bound`,
      `\\bby (?:signing up|using|accessing|registering)${g(300)}\\benter\\w* into a (?:legally )?binding (?:contract|agreement)`,
    ],
    unless: {
      en: [
        `(?:represent|warrant|acknowledge that)${g(40)}(?:you are|you have|that you) (?:at least|over|of legal|\\d|18|13)`,
        // Being bound by later changes is the change clause; by a third party's or the privacy terms, another topic.
        `bound by${g(30)}(?:changes|amended|modified|revised|updated|modifications)|bound by${g(40)}(?:supplier|third[- ]part|privacy)`,
        // Changes deemed accepted when the user does not object: the change mechanism, not acceptance by use.
        `\\bchanges?\\b${g(80)}\\bdeemed${g(20)}\\baccept`,
      ],
    },
  },
  {
    id: 'content-removal',
    keys: { fr: 'supprim|retir|d[ée]sactiv|mod[ée]r|refus|bloqu|d[ée]publi|effac|suppression|retrait|blocage|contr[ôo]ler', en: 'remov|delet|disabl|block|refus|reject|edit|modif|take down|taken down|screen|reclaim|eras|purg|subject to (?:review|removal|deletion)|lose\\b|loss of' },
    fr: [
      `${power(PEUT, '(?:supprimer|retirer|d[ée]sactiver|mod[ée]rer|refuser|bloquer|d[ée]publier|effacer)')}${g(60)}(?:contenu|(?<!(?:notre|son|leur|votre) )avis(?! de (?:r[ée]siliation|modification|r[ée]ception))|publication|annonce|donn[ée]es|documents?|message)`,
      `(?:suppression|retrait|d[ée]sactivation|blocage|effacement)${g(20)}(?:de |du |des |de vos |de l.|de tout |de toutes? (?:les |vos )?|de tous (?:les |vos )?)(?:contenus?|comptes?|avis|publications?|donn[ée]es|documents?)`,
      `(?:contenus?|avis|publications?|annonces?|commentaires?)${g(60)}(?:supprim[ée]|retir[ée]|mod[ée]r[ée])`,
      // The platform speaking: "nous supprimerons ce type de contenu", "si nous supprimons votre contenu".
      `\\bnous (?:supprim|retir|d[ée]sactiv|bloqu|mod[ée]r|restreign)\\w*${g(60)}(?:contenu|publication|annonce|message|commentaire)`,
      `suppression${g(20)}(?:des|de vos|de ses|de tous les) (?:informations|documents|[ée]l[ée]ments|contenus|donn[ée]es)`,
      `(?:supprimer|d[ée]sactiver|bloquer) (?:ou d[ée]sactiver )?l.acc[èe]s`,
      `contr[ôo]ler${g(20)}(?:pr[ée]alablement )?(?:les |des )?contenus`,
    ],
    en: [
      `${power(MAY, '(?:remove|delete|disable|block|refuse|reject|edit|take down|screen|reclaim|erase|purge|eliminate)')}\\b${g(80)}(?:content|material|posts\\b|postings?\\b|submission|account|listing|review|username|user name|data|information|message|communication|virtual (?:goods|items|currency))`,
      `(?:removal|deletion) of (?:any |your |such )?(?:content|material|posting|data|information)`,
      '\\btake(?:n)? down\\b',
      `\\blose${g(60)}(?:content|data|information|virtual)`,
    ],
    // The user deleting their own content is a feature, not the platform's power over it.
    unless: {
      en: [
        `\\b(?:you|sellers?|users?|members?) (?:may|can)(?: also)?${g(30)}(?:delete|remove|edit|disable)`,
        // Privacy rights and children's data: deleting on request is data protection, not a power over content.
        `request(?:ing)? (?:the )?(?:deletion|erasure)|(?:child|children|under (?:the age of )?1[36])${g(80)}\\b(?:delete|remove|erase)`,
        // An undertaking to take content down (notices, end of membership) limits the platform, it is no power.
        `(?:reasonable|best) (?:efforts|endeavou?rs)${g(20)}\\bremove`,
        // The user deleting their own content ends the licence; removing parts of the terms is changing them.
        `\\b(?:once|when|if|after) (?:you|users?) (?:delete|remove)\\b`,
        `(?:remove|delete)${g(20)}\\b(?:portions?|provisions?|parts?) of (?:this|these|the) (?:eula|agreement|terms)`,
      ],
      fr: [
        `\\b(?:vous (?:pouvez|avez la (?:possibilit[ée]|facult[ée]))|(?:l${A}utilisateur|il|elle) (?:peut|a la (?:possibilit[ée]|facult[ée])))${g(60)}(?:supprimer|retirer|effacer)`,
        // Deletion by or at the request of the user is their right over their data, not a power over content.
        `(?:suppression|effacement) par (?:l${A}utilisateur|le client|vous)|(?:demande|demander|solliciter)(?: expresse)? (?:de |la )?(?:suppression|effacement)`,
        // Disclaiming a duty to screen or store content is a liability clause, not a power to remove it.
        `aucune obligation de (?:contr[ôo]ler|stocker|conserver|surveiller|mod[ée]rer)`,
        `(?:d[ée]clin\\w*|n${A}assum\\w*|aucune)${g(20)}responsabilit[ée]${g(100)}(?:suppression|effacement|perte)`,
      ],
    },
  },
  {
    id: 'subordination',
    keys: { fr: 'horaires|subordination|hi[ée]rarchique|pr[ée]sence|compte|direction|r[èe]glement int[ée]rieur|directives', en: 'hours|work|present|on[- ]site|report|supervis|direct|control|handbook' },
    fr: [
      '\\bhoraires (?:de travail|fix[ée]s|impos|de pr[ée]sence|du client|de bureau)',
      'lien de subordination',
      `autorit[ée]${g(20)}hi[ée]rarchique`,
      'pr[ée]sence (?:obligatoire|dans les locaux|sur site|physique)',
      `(?:rendre|rend) compte${g(40)}(?:quotidien|chaque|hebdomadaire|responsable|manager)`,
      'sous la (?:direction|subordination|responsabilit[ée] hi[ée]rarchique)',
      `(?:respecter|se conformer)${g(30)}(?:horaires|r[èe]glement int[ée]rieur|directives)`,
      'r[èe]glement int[ée]rieur',
    ],
    en: [
      '(?:working|office|business) hours (?:of|set|determined|fixed|required)',
      `(?:work|present|on[- ]site)${g(40)}(?:from|between) \\d`,
      `\\breport(?:s|ing)? (?:directly )?to (?:the |a |its )?(?:manager|supervisor|director|team lead|company.s)`,
      'under the (?:supervision|direction|control) of',
      '(?:supervise|direct|control) the (?:manner|means|method)',
      'employee (?:handbook|policies)',
    ],
  },
  {
    id: 'assignment',
    keys: { fr: 'c[ée]der|transf[ée]r|apporter|cession|sous-trait|intuitu|changement de contr', en: 'assign|transfer|delegat|sublicens|subcontract|control|successors' },
    fr: [
      `(?:c[ée]der|transf[ée]rer|apporter)${g(40)}(?:le |ce |le pr[ée]sent |du )?(?:contrat|droits et obligations|b[ée]n[ée]fice)`,
      'cession du (?:pr[ée]sent )?contrat',
      `sous-trait(?:er|ance)${g(60)}(?:accord|autoris|consentement|libre|sans|tout ou partie)`,
      `(?:recourir|faire appel)${g(20)}(?:[àa] des|[àa] un)? sous-traitants?`,
      'intuitu personae',
      'changement de contr[ôo]le',
    ],
    en: [
      `(?:not|no)${g(40)}\\b(?:assign|assigned|transfer|transferred|delegate|delegated|subcontract)\\b${g(80)}(?:agreement|contract|rights|obligations|duties|interest)`,
      `\\b(?:assign|assignment|assigned|transfer|delegate)\\b${g(100)}(?:without|prior written|with the)${g(30)}(?:consent|approval)`,
      `(?:assign|delegate)s?${g(20)}(?:this|the) (?:agreement|contract)`,
      `(?:assign|transfer|delegate)s?${g(20)}(?:any of )?(?:its|their|his|her|your|our) (?:rights|obligations|duties)`,
      `(?:purported|attempted) (?:assignment|transfer)`,
    ],
  },
  {
    id: 'insurance',
    keys: { fr: 'assur', en: 'insur' },
    fr: [
      `(?:souscri|maint|dispos|justifi|assur)\\w*${g(60)}(?:police|contrat)s? d.assurance`,
      'assurance (?:responsabilit[ée] civile|rc pro|professionnelle|multirisque)',
      `attestation d${A}assurance`,
      `(?:[êe]tre|est|sont) assur[ée]e?s?${g(40)}(?:aupr[èe]s|pour|contre)`,
      'police d.assurance',
    ],
    en: [
      // An insurer named ("the insurance company", "Life Insurance Company of…") is no insurance requirement.
      '\\binsurance (?:polic|coverage|cover|certificate|requirement)',
      `\\b(?:maintain|carry|procure|obtain|keep|purchase)${g(60)}insurance`,
      `(?:general|professional|product|products|umbrella|excess|cyber|errors and omissions|workers.? compensation|employer.s) (?:liability )?(?:insurance|coverage)`,
      'additional(?:ly)? insureds?',
      `self[- ]insur`,
      `certificates? of insurance`,
      `(?:named|listed) as (?:an )?(?:additional )?(?:insured|loss payee)`,
    ],
    unless: { en: [`(?:healthcare|health|unemployment|employment|pension) insurance`, `\\(insurance\\)`] },
  },
  {
    id: 'audit',
    keys: { fr: 'audit|inspect|v[ée]rifier|contr[ôo]ler|livres|registres', en: 'audit|inspect|books|records|premises|facilit|access to|make available|examine|review' },
    fr: [
      `\\baudit(?:s|er)?\\b${g(60)}(?:droit|peut|pourra|proc[ée]der|faire|r[ée]aliser|effectu|conduire|diligenter|frais|charge|pr[ée]avis)`,
      `(?:droit|facult[ée]) d.(?:audit|inspection|acc[èe]s aux (?:livres|registres|documents))`,
      `(?:proc[ée]der|r[ée]aliser|diligenter|effectuer|conduire|mener)${g(30)}\\b(?:un |des |l.)?audits?\\b`,
      // Checking that deliverables conform is acceptance, not an audit.
      `(?:inspecter|v[ée]rifier|contr[ôo]ler)${g(40)}(?:livres|registres|comptes|documents comptables|locaux|conformit[ée](?! (?:des|du|de la|de l${A}) ?(?:livrables?|produits?|commandes?|biens?|articles?|prestations?)))`,
    ],
    en: [
      `\\baudit(?:s|ed|ing)?\\b${g(80)}(?:right|books|records|accounts|premises|facilit|compliance|inspect|upon|notice|expense|cost|during|conduct|perform|independent|certified|accountant)`,
      `(?:right|entitled|permit|allow)${g(40)}(?:to )?(?:audit|inspect|examine|review)${g(60)}(?:books|records|premises|facilities)`,
      `(?:books|records|accounts)${g(80)}(?:available|open)${g(40)}(?:inspection|audit|examination|review)`,
      // Keeping records open to inspection; keeping them for some years alone is record retention.
      `(?:keep|maintain|retain)${g(60)}(?:accurate |complete |true )?(?:books|records)${g(80)}(?:inspect|audit|examin)`,
      `\\binspect(?:ion|s|ed)?\\b${g(60)}(?:books|records|facilit|premises|site|accounts)`,
      `(?:access|visit)${g(40)}(?:its |their |the )?(?:facilit|premises|records|books)${g(40)}(?:upon|during|reasonable|notice|business hours|purpose)`,
      // The word alone ("unaudited statements", "a regulator's audit") is a topic, not the right: someone may
      // or shall audit, conducts an audit, or the records are subject to one.
      // The verb after a power ("may audit", "the right to inspect"), not the noun ("any regulatory audit").
      `\\b(?=audit|inspect)(?<=${MAY}${g(60)})(?<=(?:\\b(?:may|shall|will|can|to|and|or|also)|,) (?:\\w+ly )?)(?:audit|inspect)\\b`,
      `\\b(?:conduct|perform|carry out|undertake|request|exercise)\\w*${g(30)}\\b(?:audit|inspection)s?\\b`,
      `\\bsubject to${g(20)}\\baudit`,
      `(?:books|records)${g(60)}(?:accessible|available|subject to)${g(30)}(?:inspection|audit|examination|review)`,
      `(?:examine|review)${g(40)}(?:books|records|accounts)`,
    ],
    unless: {
      en: [
        'auditing (?:principles|standards)',
        `audited (?:financial|consolidated)`,
        `independent (?:registered )?(?:public )?accounting firm${g(40)}audited`,
        // A company's audit committee, a tax authority's audit, an accountants' comfort letter: not a party's right.
        'audit committee',
        `(?:taxing|tax|governmental) (?:authority|authorities|entity)${g(60)}audit|audit${g(60)}(?:taxing|tax) authorit|\\baudited by a taxing`,
        'not an audit|public company accounting oversight',
      ],
    },
  },
  {
    id: 'data-protection',
    keys: { fr: 'donn[ée]es|rgpd|cnil|sous-traitant|traitement|confidentialit|cookie|libert|rectification|effacement|portabilit|acc[èe]s|vos|ses|leurs|nos|informations personnelles|newsletter|offres promotionnelles|prospection|vous opposer|anonymis|num[ée]ro de t[ée]l[ée]phone|adresses? (?:courriel|e-mail|[ée]lectronique)|date de naissance|coordonn[ée]es|dossiers? m[ée]dica|transmettre|communiquer|partager|int[ée]r[êe]t l[ée]gitime|base l[ée]gale|profil|suppression|conservation|collecte|ne pas recevoir|ne plus recevoir|d[ée]sabonn|d[ée]sinscri', en: 'personal|gdpr|data|privacy|cookie|processor|controller|ccpa|hipaa' },
    fr: [
      `donn[ée]es (?:[àa] caract[èe]re |personnelles|de sant[ée]|d.identification|d.utilisat)`,
      '\\brgpd\\b',
      '\\bcnil\\b',
      `sous-traitant ult[ée]rieur`,
      `responsable (?:de|du|conjoint du) traitement`,
      `protection des donn[ée]es`,
      `politique de (?:confidentialit[ée]|protection|cookies)`,
      'cookies?',
      `informatique et libert`,
      `(?:droits? d.acc[èe]s|rectification|effacement|portabilit[ée])${g(40)}(?:donn[ée]es|rectification|opposition|limitation)`,
      `traitements? (?:de|des) (?:vos |ses |leurs )?donn[ée]es`,
      'h[ée]bergeur de donn[ée]es',
      `\\b(?:vos|ses|leurs|nos) (?:donn[ée]es|informations personnelles)`,
      'informations personnelles',
      // Receiving offers is marketing consent; "non cumulable avec d'autres offres promotionnelles" is not.
      `newsletters?|prospection commerciale|(?:recevoir|envoi|envoyer|adresser|communiquer)${g(40)}offres promotionnelles`,
      `vous opposer${g(40)}(?:traitement|prospection|donn[ée]es|communications?|newsletters?|envoi|sollicitation|profilage|fonctionnalit[ée]|visibilit[ée]|profil)|droit d.opposition`,
      // GDPR legal bases; keeping, erasing or collecting a person's information; a profile shown to others.
      `int[ée]r[êe]t l[ée]gitime|base l[ée]gale`,
      `(?:suppression|effacement|conservation|collecte)${g(20)}(?:des|de vos|de ses|de leurs) informations`,
      `(?:votre|son|leur) profil${g(30)}(?:visible|consult|partag[ée]|accessible)|informations (?:de|figurant (?:dans|sur)) (?:votre|son|leur) profil`,
      'anonymis',
      // Collecting or checking identifiers of a person (phone, e-mail, birth date) is processing personal data.
      `(?:num[ée]ro de t[ée]l[ée]phone|adresses? (?:courriel|e-mail|[ée]lectronique)|date de naissance|coordonn[ée]es)${g(60)}(?:renseign|fourni|collect|transmi|v[ée]rifi|enregistr|conserv)`,
      `(?:renseigner|fournir|collecter|v[ée]rifier|enregistrer|conserver)${g(40)}(?:num[ée]ro de t[ée]l[ée]phone|adresses? (?:courriel|e-mail|[ée]lectronique)|date de naissance|coordonn[ée]es)`,
      'dossiers? m[ée]dica',
      // Opting out of notifications or marketing messages (consent to electronic communications).
      `(?:ne (?:pas|plus) recevoir|(?:vous |se )?d[ée]sabonner|d[ée]sinscri\\w*|d[ée]sabonnement)${g(40)}(?:notifications?|newsletters?|communications?|e-mails?|courriels?|sms|offres|messages)`,
      // Usual GDPR notice vocabulary: recipients, transfers, retention period, kinds of personal data.
      `destinataires? (?:des|de vos|de ces) donn[ée]es|transferts? (?:de|des|de vos) donn[ée]es|dur[ée]es? de conservation|donn[ée]es (?:de localisation|de navigation|biom[ée]triques)`,
      // Handing a user's information to a third party.
      `(?:transmettre|communiquer|partager)${g(30)}(?:les |vos |ses |leurs )?(?:informations|donn[ée]es)${g(20)}(?:vous concernant|le concernant|dont|personnelles|n[ée]cessaires)`,
    ],
    en: [
      'personal(?:ly identifiable)? (?:data|information)',
      '\\bgdpr\\b',
      'data protection',
      'data processing',
      'privacy (?:policy|notice|statement|law|shield)',
      '\\bcookies?\\b',
      'sub-?processors?',
      `(?:data )?(?:controller|processor)s?\\b${g(40)}(?:data|processing|gdpr)`,
      'ccpa|hipaa',
    ],
    // An article title quoted in a cross-reference («Données personnelles») names the clause, it is not one.
    unless: { fr: [`(?:articles?|sections?|clauses?|stipulations?)${g(60)}[«"“]\\s*(?:protection des )?donn[ée]es (?:personnelles|[àa] caract[èe]re personnel)\\s*[»"”]`] },
  },
  {
    id: 'force-majeure',
    keys: { fr: 'force majeure|fortuit|ind[ée]pendant|[ée]chapp|impr[ée]visible|irr[ée]sistible|ne relevant pas|hors de|en dehors de|dans l.incapacit', en: 'force majeure|acts? of god|beyond|fire|flood|earthquake|epidemic|pandemic|strike|riot|war\\b|wars\\b|terror' },
    fr: [
      'force majeure',
      'cas fortuit',
      `(?:ind[ée]pendant|[ée]chapp)\\w*${g(10)}(?:de )?(?:sa|la|leur|son) (?:volont[ée]|contr[ôo]le)`,
      `[ée]v[ée]nements?${g(40)}(?:impr[ée]visibles?|irr[ée]sistibles?)`,
      `(?:ne relevant pas|hors|en dehors) de (?:son|leur|notre|sa) (?:contr[ôo]le|volont[ée])`,
      `dans l.incapacit[ée] de remplir ses obligations`,
    ],
    en: [
      'force majeure',
      'acts? of god',
      `beyond${g(20)}(?:reasonable )?control`,
      `(?:fire|flood|earthquake|epidemic|pandemic|strike|riot|war|terrorism)s?,${g(40)}(?:flood|earthquake|epidemic|pandemic|strike|riot|war|terror|act)`,
    ],
  },
  {
    id: 'warranty',
    keys: { fr: 'garanti|obligation de|vices?|d[ée]fauts?|corrig|correction|prendre en charge|l.[ée]tat|tel quel|as is|conform|ne garanti|en l|met|fera|s.efforcer|ne (?:peu|sau|pou)', en: 'warrant|guarantee|fit(?:ness)? for|merchantab|defect|as is|as available|conformit|non-?conformit' },
    fr: [
      // Any form of the word, except a purpose ("afin de garantir la confidentialité"), a security deposit
      // ("dépôt de garantie") and a promise to cover claims ("garantit X contre toute réclamation": indemnity).
      `(?<!(?:afin de|pour|de mani[èe]re [àa]|de fa[çc]on [àa]|d[ée]p[ôo]ts? de|appels? en) )\\bgaranti(?!\\w*${g(80)}\\bcontre (?:toute|tous|les|l${A}ensemble des) (?:r[ée]clamations?|actions?|recours|demandes?|revendications?|cons[ée]quences|condamnations?|plaintes?))`,
      'obligation de (?:r[ée]sultat|moyens|maintenance|correction)',
      // Fixing defects of the work ("corriger les anomalies", "prendre en charge les corrections").
      `(?:corriger|corrections?)${g(40)}(?:anomalies|bugs?|bogues|d[ée]fauts|dysfonctionnements)|prendre en charge les corrections`,
      // A best-efforts undertaking is an obligation de moyens; "ne peut être garanti" disclaims a result.
      `(?:met|mettons|mettra|mettront|mettent|mettre) tout en [œo]e?uvre|fera (?:de son mieux|tout son possible)|s${A}efforcer\\w* (?:de (?:fournir|maintenir|garantir|rendre)|d${A}(?:assurer|effectuer))`,
      `ne (?:peut|peuvent|saurait|sauraient|pourra|pourront) (?:pas |en aucun cas )?[êe]tre garanti`,
      // "vice caché" as well as "vices cachés"; apparent defects and lack of conformity.
      '(?:vices?|d[ée]fauts?) (?:cach[ée]e?s?|apparents?|de conformit[ée])',
      `(?:en l.[ée]tat|tel quel|\\bas is\\b)`,
      `conform(?:e|es|it[ée])${g(20)}(?:aux sp[ée]cifications|au cahier des charges|[àa] la commande|au devis)`,
      `\\ben l.[ée]tat\\b`,
    ],
    en: [
      '\\bwarrant(?:y|ies|s|ed)?\\b',
      '\\bguarantee(?:s|d)?\\b',
      `fit(?:ness)? for (?:a |any )?particular purpose`,
      '\\bmerchantab',
      'free (?:from|of) (?:material )?defects',
      `(?:"|“|')?as (?:is|available)(?:"|”|')?`,
      `(?:defects?|non-?conformit)\\w*${g(60)}(?:repair|replace|correct|cure|remedy)`,
    ],
    unless: { en: [`\\bwarrants?${g(10)}(?:to purchase|exercis|issued)`] },
  },
];
