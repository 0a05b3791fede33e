import { defineCheck, type DocView, type UnitView } from '../engine/check';
import type { Lang } from '../engine/types';

/** Subordination indicators by kind; `weak` ones only count next to a strong one. */
const INDICATORS: Record<Lang, { name: string; re: RegExp; weak?: boolean }[]> = {
  fr: [
    { name: 'horaires', re: /horaires? (de travail |de présence )(fixes|imposés|obligatoires|de \d{1,2} ?h|: ?\d)|horaires? (fixes|imposés|obligatoires)|(travail|travailler|présent|présence|intervenir|intervention|respecter)[^.]{0,40}de \d{1,2} ?h( ?\d{2})? à \d{1,2} ?h/i },
    { name: 'présence', re: /présence (obligatoire|quotidienne|requise|permanente)|sur site (au moins )?(\d|un|deux|trois|quatre|cinq) jours par semaine|(\d|trois|quatre|cinq) jours par semaine (sur site|dans les locaux)/i },
    { name: 'hiérarchie', re: /sous (l'autorité|la direction|la responsabilité hiérarchique|le contrôle hiérarchique)|(rattaché|placé) hiérarchiquement|lien hiérarchique|rend(ra)? compte (quotidiennement |chaque jour )?(à|au) (son )?(manager|responsable hiérarchique|chef)/i },
    { name: 'évaluation', re: /entretien (annuel|individuel|d'évaluation)|évaluation (annuelle|de ses performances|individuelle)/i },
    { name: 'congés', re: /(congés?|absences?)[^.]{0,40}(soumis(es)? à (la )?(validation|autorisation|l'accord)|validée?s? (préalablement )?par|autorisée?s? (préalablement )?par)/i },
    { name: 'pointage', re: /pointage|badgeuse|feuille de (temps|présence) quotidienne/i },
    { name: 'règlement intérieur', re: /(soumis|se conformer|respecter)[^.]{0,40}règlement intérieur/i },
    { name: 'sanctions', re: /sanctions? disciplinaires?|pouvoir disciplinaire/i },
    { name: 'tâches au fil de l\'eau', re: /tâches? (qui )?(lui )?(seront |sont )?confiées au fur et à mesure|selon les directives (quotidiennes )?(du|de son) (manager|responsable)/i },
    { name: 'identité du client', re: /(utilisera|disposera d'une|attribuera|se verra attribuer) (une )?adresse (e-?mail|électronique|de messagerie) (du Client|de la Société|à l'en-tête)|signature (e-?mail )?(du Client|de la Société)|cartes? de visite (du Client|de la Société)/i },
    { name: 'matériel fourni', re: /(matériel|poste de travail|ordinateur) (informatique )?(sera |est )?(fourni|mis à disposition) par (le Client|la Société)/i, weak: true },
  ],
  en: [
    { name: 'working hours', re: /working hours (of|are|shall be|from)|core hours|fixed hours|(work|attend|be present|be available|on site)[^.]{0,40}\d{1,2}(:\d{2})? ?(a\.?m\.?|am) (to|until|-) \d{1,2}(:\d{2})? ?(p\.?m\.?|pm)/i },
    { name: 'presence', re: /(five|four|three|5|4|3) days (a|per) week (on[- ]site|in the office|at (the )?(Company's|Client's) (premises|offices?))|(must|shall) be (present|on[- ]site) (every|each) (day|working day)/i },
    { name: 'hierarchy', re: /report(s|ing)? (directly )?to (the |a |its |his |her )?(manager|supervisor|line manager|head of|team lead)|under the (direction|supervision) of|under the (day-to-day )?control (and direction )?of (the |a |its )?(Company|Client|Customer|manager|supervisor)|line manager/i },
    { name: 'performance review', re: /performance (review|appraisal|evaluation)s?|annual (review|appraisal)/i },
    { name: 'leave approval', re: /(holidays?|vacations?|leave|time off|absences?)[^.]{0,40}(approv|authori[sz]|prior consent)/i },
    { name: 'timekeeping', re: /clock(s|ing)? (in|on)|daily timesheets?|timesheets? (each|every) day/i },
    { name: 'disciplinary rules', re: /disciplinary|(staff|employee) handbook/i },
    { name: 'tasks as directed', re: /other duties as (assigned|directed|required)|as directed by (the )?(Company|Client|manager|supervisor)|tasks (as )?assigned (to (him|her|them) )?(by|from time to time)/i },
    { name: 'integration', re: /integrated into (the|its|Company's|Client's) team|as (a member|part) of (the )?(Company's|Client's) (team|staff)|same (terms|conditions|benefits) as (its )?employees/i },
    { name: 'client identity', re: /(Company|Client) email address|(Company|Client) business cards?/i },
    { name: 'equipment provided', re: /equipment (will be |shall be )?(provided|supplied) by (the )?(Company|Client)|(Company|Client) (will|shall) provide (a |the )?laptop/i, weak: true },
  ],
};

/** The indicator is stated to be absent ("organise librement", "sets its own hours"). */
const NEGATED: Record<Lang, RegExp> = {
  fr: /organise (librement|lui-même)|libre(ment)? (de )?(ses horaires|son organisation|d'organiser)|aucun lien (de subordination|hiérarchique)|n'est (pas |aucunement )?(soumis|placé)|ne (sera|saurait être) (soumis|placé)|en dehors de tout lien/i,
  en: /(sets?|determines?|controls?) (its|his|her|their) own (hours|schedule|working hours|methods)|not (be )?subject to (the )?(direction|supervision|control)|no (obligation|requirement) to (report|work)|(is|are) not (an )?employees?|(shall|will) not be (deemed )?(an )?employees?|free to (choose|determine|set)/i,
};

type Indicated = { unit: UnitView; names: string[]; strong: boolean }[];
const cache = new WeakMap<readonly UnitView[], Indicated>();

/** Units of the document that carry a subordination indicator, in order, with the indicators they carry. */
export function subordinationIndicators(doc: DocView): Indicated {
  const cached = cache.get(doc.units);
  if (cached) return cached;
  const out: Indicated = [];
  for (const unit of doc.units) {
    if (unit.actor === 'mutual' || NEGATED[unit.lang].test(unit.text)) continue;
    const hits = INDICATORS[unit.lang].filter((i) => i.re.test(unit.text));
    if (hits.length) out.push({ unit, names: hits.map((h) => h.name), strong: hits.some((h) => !h.weak) });
  }
  cache.set(doc.units, out);
  return out;
}

export default defineCheck({
  id: 'EM-01',
  category: 'subordination',
  severity: 'high',
  kind: 'risky',
  // 'any': hours and hierarchy clauses are often passive ("les horaires sont…"); the requalification risk exists
  // whoever the subject is. Mutual wording ("les Parties conviennent des horaires de réunion") is skipped below.
  party: 'any',
  thresholds: [
    {
      name: 'subordinationIndicatorsHigh',
      default: 3,
      unit: 'count',
      label: {
        fr: 'Indices de subordination : risque élevé à partir de',
        en: 'Subordination indicators: high risk from',
      },
    },
  ],
  assess({ unit }, doc) {
    // Employment status is the provider's question (consumer terms list opening hours, not working hours).
    if (doc.role !== 'provider') return null;
    const found = subordinationIndicators(doc);
    if (!found.some((f) => f.strong)) return null;
    // One finding per document, on the first indicator, carrying the count: the indicators are one risk.
    if (found[0]?.unit.index !== unit.index) return null;
    const names = [...new Set(found.flatMap((f) => f.names))];
    const severity = names.length >= doc.threshold('subordinationIndicatorsHigh') ? 'high' : 'medium';
    return { severity, params: { indicator_count: names.length, indicators: names.join(', ') } };
  },
  fr: {
    triggers: INDICATORS.fr.map((i) => i.re),
    unless: [NEGATED.fr],
    text: {
      title: 'Indices de subordination (risque de requalification)',
      explanation:
        "Le contrat contient {indicator_count} indice(s) d'un lien de subordination ({indicators}) : horaires imposés, hiérarchie, contrôle des congés… Le client vous traite comme un salarié sans les protections du salariat, et la relation risque d'être requalifiée.",
      basis:
        "Le lien de subordination se caractérise par le pouvoir de donner des ordres, d'en contrôler l'exécution et d'en sanctionner les manquements ; le travail au sein d'un service organisé en est un indice lorsque les conditions sont fixées unilatéralement (Cass. soc. 13 nov. 1996, Société Générale). L'immatriculation fait présumer l'absence de contrat de travail, présomption qui tombe devant une subordination juridique permanente (C. trav. L8221-6).",
      suggestion:
        "« Le Prestataire organise librement son travail et détermine ses horaires. Sa présence sur site est limitée aux besoins de la prestation (réunions, ateliers), selon un calendrier convenu d'un commun accord. Le Client désigne un interlocuteur technique, sans lien hiérarchique avec le Prestataire. »",
    },
    examples: {
      flagged: [
        "⟦Le Consultant respectera les horaires de travail de 9h à 18h en vigueur chez le Client.⟧ Il sera placé sous l'autorité du responsable du service informatique. Ses congés seront soumis à la validation préalable de son manager.",
        "Le Prestataire réalise la mission en régie. ⟦Le Prestataire est rattaché hiérarchiquement au directeur des opérations et lui rend compte chaque jour.⟧",
        "⟦Une présence obligatoire dans les locaux du Client est requise, avec pointage à l'arrivée.⟧ Le Consultant participera à l'entretien annuel d'évaluation des équipes.",
      ],
      clean: [
        "Le Prestataire organise librement son travail et détermine seul ses horaires, en dehors de tout lien de subordination.",
        "Les Parties conviennent ensemble du calendrier des ateliers de cadrage.",
        "Le Prestataire utilisera son propre matériel informatique.",
      ],
    },
  },
  en: {
    triggers: INDICATORS.en.map((i) => i.re),
    unless: [NEGATED.en],
    text: {
      title: 'Signs of employment (misclassification risk)',
      explanation:
        'The contract contains {indicator_count} indicator(s) of an employment relationship ({indicators}): set hours, a line manager, leave approval… You carry the risks of self-employment while being managed like an employee, and the relationship may be reclassified.',
      basis:
        'UK IR35 looks at control, substitution and mutuality of obligation; US law applies the common-law control test and, in California, the ABC test (AB5). In France subordination means the power to give orders, check performance and sanction breaches (C. trav. L8221-6; Cass. soc. 13 Nov 1996).',
      suggestion:
        '"Contractor determines the manner, means and hours of performing the Services. On-site attendance is limited to what the Services require, as agreed between the parties. Client will designate a technical point of contact, who shall not supervise Contractor."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall work the Company\'s normal working hours of 9:00 am to 5:30 pm.⟧ Contractor will report to the IT Operations Manager. Holiday requests must be approved in advance by the manager.',
        'Consultant will provide ServiceNow development services. ⟦Consultant shall perform such other duties as assigned by the Client from time to time.⟧',
        '⟦Contractor will be integrated into the Client\'s delivery team and will take part in its annual performance review.⟧',
      ],
      clean: [
        'Contractor determines its own hours and methods of work and is not subject to the supervision of Client.',
        'Contractor will use its own equipment to perform the Services.',
        'The parties will agree a schedule of project meetings.',
      ],
    },
  },
});
