import { defineCheck } from '../engine/check';
import { durations } from '../engine/extract';

const PERPETUAL = /perp[ée]tu|ind[ée]finiment|sans (limitation|limite) de (dur[ée]e|temps)|sans limitation dans le temps|pour une dur[ée]e ind[ée]termin[ée]e|in perpetuity|perpetual|indefinitely|without (any )?(limit|limitation) (of|in|as to) (time|duration)|for an unlimited (period|time)|no time limit/i;
const KNOW_HOW = /savoir-faire|connaissances g[ée]n[ée]rales|comp[ée]tences|know-how|general (skills|knowledge)|skills/i;
const KNOW_HOW_EXCLUDED = /(savoir-faire|comp[ée]tences|know-how|skills)[^.]{0,80}(ne (sont|constituent|seront) pas|n'(est|entrent) pas|exclu|are not|is not|shall not (be|constitute)|do not constitute)|(hors|sauf|à l'exception d[eu]|ne (comprend|couvre|vise|inclut) pas|except|exclud\w*|other than|not (include|cover))[^.]{0,30}(savoir-faire|comp[ée]tences|know-how|general skills)/i;
const ALL_INFO = /de quelque nature que ce soit|toute(s)? (les )?informations?(,)? (quelle qu'en soit|de toute nature)|any and all information|all information of (any|whatever) (kind|nature)|any information whatsoever/i;
// The five standard exclusions (public, already known, independently developed, from a third party, required by law).
const EXCLUSIONS = /domaine public|connues? du public|d[ée]j[àa] (connue|en (sa )?possession)|d[ée]velopp[ée]e?s? (de mani[èe]re )?ind[ée]pendan|re[çc]ues? (l[ée]gitimement )?d'un tiers|exig[ée]e? par (la loi|une autorit[ée])|public(ly)? (domain|available|known)|already (known|in (its|the recipient's) possession)|independently developed|(received|obtained) (lawfully )?from a third party|required by (law|court)/i;

export default defineCheck({
  id: 'CF-02',
  category: 'confidentiality',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  thresholds: [
    {
      name: 'confidentialityMaxYears',
      default: 5,
      unit: 'years',
      label: { fr: 'Durée maximale de confidentialité après le contrat', en: 'Longest confidentiality period after the contract' },
    },
  ],
  assess({ unit }, doc) {
    const perpetual = PERPETUAL.test(unit.text);
    const years = durations(unit.text, unit.lang).filter((d) => d.unit === 'years').map((d) => d.months / 12);
    const postTermYears = perpetual ? null : years.length ? Math.max(...years) : null;
    const params = {
      post_term_years: postTermYears,
      perpetual,
      standard_exclusions_present: doc.mentions(EXCLUSIONS),
      covers_general_skills_knowhow: KNOW_HOW.test(unit.text) && !KNOW_HOW_EXCLUDED.test(unit.text),
    };
    if (perpetual || (postTermYears !== null && postTermYears > doc.threshold('confidentialityMaxYears'))) {
      return { severity: 'medium', params };
    }
    if (params.covers_general_skills_knowhow) return { severity: 'medium', params };
    if (ALL_INFO.test(unit.text) && !params.standard_exclusions_present) return { severity: 'low', params };
    return null;
  },
  fr: {
    triggers: [/^(?![^]*?(identifiants?|mot de passe|codes? (d'acc[èe]s|confidentiels?|secrets?|personnels?)|donn[ée]es de connexion))[^]*?((obligation|engagement|clause|accord|devoir) de (confidentialit[ée]|non[- ]divulgation|secret|discr[ée]tion)|(s'engage|s'engagent|s'oblige|est tenue?|sont tenus|seront tenus|s'interdit|s'interdisent|garder|conserver|maintenir|traiter)[^.]{0,80}(confidenti|secr[eè]t|divulg)|informations? confidentielles?)/i],
    unless: [/mot de passe|identifiants|licence|propri[ée]t[ée] intellectuelle/i],
    text: {
      title: 'Confidentialité perpétuelle ou trop large',
      explanation:
        "Votre obligation de secret ne s'arrête jamais (ou dure très longtemps), ou couvre toute information sans les exclusions habituelles, voire votre savoir-faire général : vous risquez un reproche pour avoir simplement exercé votre métier.",
      basis:
        "Pratique de marché : 2 à 5 ans après la fin du contrat, plus longtemps pour des secrets d'affaires identifiés, lesquels restent protégés par C. com. L151-1 et s. Le Code civil prohibe les engagements perpétuels (C. civ. 1210), mais son application à la confidentialité est discutée : c'est un point de négociation, pas une nullité acquise.",
      suggestion:
        "« L'obligation de confidentialité s'applique pendant la durée du contrat et trois (3) ans après son terme. Elle ne couvre pas les informations tombées dans le domaine public, déjà connues du Prestataire, développées indépendamment, reçues légitimement d'un tiers ou dont la divulgation est exigée par la loi. Les connaissances et le savoir-faire généraux du Prestataire ne sont pas des informations confidentielles. »",
    },
    examples: {
      flagged: [
        "⟦L'obligation de confidentialité du Prestataire restera en vigueur sans limitation de durée après la fin du contrat.⟧",
        "⟦Le Consultant s'engage à garder secrètes, pendant dix (10) ans à compter de la fin de la mission, toutes les informations communiquées par le Client.⟧",
        "Le contrat est conclu pour six mois. ⟦Le Prestataire s'engage à ne divulguer aucune information de quelque nature que ce soit, y compris le savoir-faire acquis pendant la mission.⟧",
      ],
      clean: [
        "L'obligation de confidentialité s'applique pendant la durée du contrat et trois (3) ans après son terme.",
        "Chacune des Parties garde confidentielles les informations de l'autre pendant cinq (5) ans, à l'exception des informations tombées dans le domaine public ou reçues légitimement d'un tiers.",
        "Le Prestataire s'engage à respecter la confidentialité des informations reçues pendant deux ans après la fin de la mission.",
      ],
    },
  },
  en: {
    triggers: [/^(?![^]*?(password|credentials|login|access codes?|account security))[^]*?(confidentiality (obligations?|undertakings?|agreement)|(obligations?|duty|duties) of (confidentiality|secrecy)|non-disclosure|secrecy|not (to )?disclose|(keep|hold|maintain|treat)[^.]{0,60}(confidential|in confidence)|confidential information)/i],
    unless: [/password|credentials|\blicen[cs]e\b/i],
    text: {
      title: 'Perpetual or over-broad confidentiality',
      explanation:
        'Your duty of secrecy never ends (or lasts very long), or covers any information without the usual exclusions, or even your general skills: you could be blamed simply for doing your job.',
      basis:
        'Market practice is 2–5 years after the end of the contract, longer only for identified trade secrets (which trade-secret law protects anyway); perpetual NDAs are a common red flag in freelance guides.',
      suggestion:
        '"The obligations in this Section continue for three (3) years after termination, except for trade secrets identified in writing, which remain protected as long as they qualify as trade secrets. Confidential Information excludes information that is public, already known to Contractor, independently developed, lawfully received from a third party, or required to be disclosed by law. Contractor\'s general skills, knowledge and experience are not Confidential Information."',
    },
    examples: {
      flagged: [
        '⟦Contractor\'s obligations of confidentiality shall survive termination of this Agreement in perpetuity.⟧',
        '⟦Consultant shall keep confidential, for a period of ten (10) years after termination, all information disclosed by the Company.⟧',
        'This Agreement starts on the Effective Date. ⟦The Supplier shall not disclose any and all information received from the Customer, including any know-how acquired during the engagement.⟧',
      ],
      clean: [
        'The obligations of confidentiality shall survive for three (3) years after termination of this Agreement.',
        'Each party shall keep the other party\'s Confidential Information confidential for five (5) years, except information that is publicly available or independently developed.',
        'Contractor\'s general skills, knowledge and experience are not Confidential Information.',
      ],
    },
  },
});
