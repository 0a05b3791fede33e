import { defineCheck } from '../engine/check';
import { subordinationIndicators } from './EM-01';

const PERSONAL = {
  fr: /intuitu personae|(ne pourra|ne peut|ne saurait) (pas )?(être )?(remplacé|se faire remplacer|substituer)|(remplacement|substitution) (du|de la) (Consultant|Prestataire|Intervenant|personne désignée)[^.]{0,80}(accord|agrément|autorisation) (préalable|exprès|écrit)|exécuter personnellement|personnellement (exécuter|réaliser|assurer)/i,
  en: /personal services?|named individual|no substitution|(shall|may|will) not (substitute|be substituted|delegate|send a substitute)|(may not|cannot) be (replaced|substituted)|substitut[^.]{0,80}(sole|absolute) discretion|(sole|absolute) discretion[^.]{0,80}substitut|perform the Services personally|personally perform/i,
};

/** A genuine substitution right. */
const GENUINE = {
  fr: /ne (pourra|peut) (le )?refuser que pour (des )?(motifs?|raisons?) (objectifs?|légitimes?|sérieux)|(pourra|peut) (librement )?se faire remplacer|(pourra|peut) proposer un remplaçant de compétence équivalente/i,
  en: /suitably qualified substitute|(may|is entitled to|has the right to) (send|provide|appoint|supply) a (suitably |similarly )?(qualified |skilled )?(substitute|replacement)|refuse[^.]{0,40}only on (reasonable|objective) grounds|not (to be )?unreasonably withheld/i,
};

/** Exclusivity wording: with intuitu personae it points to employment (NC-04 + EM-01). */
const EXCLUSIVITY = {
  fr: /exclusivit|à titre exclusif|consacre(r|ra)? (l'intégralité|la totalité|l'essentiel) de son temps|exclusivement (au profit|au service)/i,
  en: /exclusiv|devote (his|her|its|their) (full|entire|whole) (time|working time|business time)|full[- ]time basis/i,
};

export default defineCheck({
  id: 'EM-02',
  category: 'subordination',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  assess(_candidate, doc) {
    if (doc.role !== 'provider') return null;
    const control = subordinationIndicators(doc).some((f) => f.strong);
    const exclusivity = doc.mentions(EXCLUSIVITY[doc.lang]);
    // French practice: intuitu personae is normal; it matters only next to exclusivity or subordination.
    if (doc.lang === 'fr' && !control && !exclusivity) return null;
    return { params: { substitution_right: 'none', with_control_or_exclusivity: control || exclusivity } };
  },
  fr: {
    triggers: [PERSONAL.fr],
    unless: [GENUINE.fr],
    text: {
      title: 'Exécution personnelle sans remplacement possible',
      explanation:
        "Vous ne pouvez pas vous faire remplacer et, ailleurs dans le contrat, vous êtes soumis à une exclusivité ou à des indices de subordination : ensemble, ces clauses vous rapprochent d'un salarié.",
      basis:
        "En droit français, l'intuitu personae est normal dans une mission de conseil ; combiné à une exclusivité ou à un contrôle de l'activité, il renforce le faisceau d'indices de subordination (C. trav. L8221-6). Au Royaume-Uni, l'absence de droit de substitution est un critère central de l'IR35 (pratique des guides IR35).",
      suggestion:
        "« Le Prestataire peut se faire remplacer par un intervenant de compétence équivalente, après information préalable du Client, qui ne peut refuser que pour des motifs objectifs tenant à la compétence. »",
    },
    examples: {
      flagged: [
        "Le Consultant consacrera l'intégralité de son temps à la mission. ⟦Le Consultant exécute la mission intuitu personae et ne pourra être remplacé.⟧",
        "⟦Le Consultant désigné ne pourra être remplacé sans l'accord préalable et écrit de la Société.⟧ Il est placé sous l'autorité du chef de projet.",
        "Le Prestataire intervient à titre exclusif pour le Client pendant la mission. ⟦Le Prestataire s'engage à exécuter personnellement la mission.⟧",
      ],
      clean: [
        "Le contrat est conclu intuitu personae en considération des compétences du Consultant.",
        "Le Prestataire pourra se faire remplacer par un intervenant de compétence équivalente, le Client ne pouvant le refuser que pour des motifs objectifs.",
        "Le Prestataire désigne un intervenant principal pour la mission.",
      ],
    },
  },
  en: {
    triggers: [PERSONAL.en],
    unless: [GENUINE.en],
    text: {
      title: 'Personal service, no right of substitution',
      explanation:
        'You must do the work yourself and cannot send a substitute: together with control over how you work, this is a key sign of disguised employment (inside IR35 in the UK).',
      basis:
        'Practice of IR35 guides (Brookson, Contractor Compliance, ir35guide): a genuine, unfettered right of substitution is one of the strongest indicators of self-employment, alongside control and mutuality of obligation.',
      suggestion:
        '"Contractor may send a suitably qualified substitute to perform the Services, on notice to Client. Client may refuse a substitute only on objective grounds relating to skills or security clearance. Contractor remains responsible for the substitute and pays them."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall provide the Services through the named individual and may not be substituted without Client\'s prior written consent, which Client may withhold in its sole discretion.⟧',
        'Consultant will join the Client\'s transformation programme. ⟦Consultant shall perform the Services personally and shall not delegate or send a substitute.⟧',
        '⟦Consultant agrees that the Services are personal services and that no substitution is permitted.⟧ Consultant shall work from the Client\'s offices five days a week.',
      ],
      clean: [
        'Contractor may send a suitably qualified substitute to perform the Services, on notice to Client.',
        'Consultant may appoint a replacement, and Client\'s approval shall not be unreasonably withheld.',
        'Contractor shall assign qualified personnel to perform the Services.',
      ],
    },
  },
});
