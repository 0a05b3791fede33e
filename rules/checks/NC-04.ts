import { defineCheck } from '../engine/check';

const COMPETITORS_ONLY = /concurrents? directs?|direct competitors?|(competitors|concurrents) (listed|named|nomm[ée]s|d[ée]sign[ée]s)/i;
const PAID = /jours garantis|volume garanti|minimum (de )?(jours|commande)|prime d'exclusivit[ée]|guaranteed (minimum|days|volume|fees)|exclusivity (fee|premium)/i;

export default defineCheck({
  id: 'NC-04',
  category: 'exclusivity',
  severity: 'high',
  kind: 'risky',
  party: 'user-bound',
  assess({ unit }) {
    const scope = COMPETITORS_ONLY.test(unit.text) ? 'competitors' : 'all';
    const compensation = PAID.test(unit.text);
    const params = { scope, compensation };
    if (scope === 'competitors') return compensation ? null : { severity: 'medium', params };
    return { severity: compensation ? 'medium' : 'high', params };
  },
  fr: {
    triggers: [
      /(clause|obligation|engagement) d'exclusivit[ée]|exclusivit[ée] (totale|absolue|de service|de collaboration)/i,
      /s'interdi[a-z]* (toute|d'exercer une|d'exercer toute) autre activit[ée]/i,
      /(travailler|intervenir|exercer|consacrer)[^.]{0,30}exclusivement (pour|au profit|au service)|(r[ée]server|accorder|consentir|garantir) (l'|une |en )?exclusivit[ée]|exclusivit[ée] de ses (services|prestations)/i,
      /^(?![^]*?(licence|\bc[èe]d|cession|droits (d'auteur|d'exploitation|de propri[ée]t[ée])))[^]*?(à titre|de mani[èe]re|de fa[çc]on) exclusi(f|ve)/i,
      /consacrer (l'int[ée]gralit[ée]|la totalit[ée]|l'ensemble|tout) de son (temps|activit[ée])|exclusivement (au service|pour le compte|au profit)/i,
      /ne (pourra|peut) (pas )?(travailler|intervenir|exercer|fournir)[^.]{0,80}(autres? clients?|tiers|pour le compte d'autres)/i,
      /interdiction de (toute|exercer une) autre activit[ée]/i,
    ],
    unless: [/b[ée]n[ée]ficie[rz]?[^.]{0,60}exclusivit[ée]|offres? exclusives?|en exclusivit[ée] (sur|chez)|\bc[èe]d(e|er|ent|ant|era)\b|cession|licence|droits? (d'auteur|de propri[ée]t[ée]|d'exploitation|exclusifs? d)|propri[ée]t[ée]|juridiction|comp[ée]ten|tribunaux|remède|seul recours/i],
    text: {
      title: 'Exclusivité imposée',
      explanation:
        "Vous ne pourriez travailler pour personne d'autre pendant la mission. C'est un indice de salariat déguisé et cela vous rend dépendant d'un seul client, sans garantie de volume en échange.",
      basis:
        "Le freelance est présumé indépendant (C. trav. L8221-6 / L8221-6-1) : une exclusivité générale est un indice de subordination. La pratique recommande une exclusivité limitée aux concurrents directs et rémunérée.",
      suggestion:
        "« Le Prestataire reste libre d'exercer son activité pour d'autres clients. Pendant la mission, il s'interdit seulement d'intervenir pour les concurrents directs du Client nommés en annexe sur un projet identique, en contrepartie d'un volume garanti de [X] jours par mois. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire s'engage à travailler à titre exclusif pour le Client pendant toute la durée de la mission.⟧",
        "⟦Le Consultant s'engage à consacrer l'intégralité de son temps à la mission et ne pourra pas intervenir pour d'autres clients pendant sa durée.⟧",
        "Le Prestataire organise librement son travail. ⟦Pendant la durée du contrat, le Prestataire s'interdit toute autre activité professionnelle, en vertu de la clause d'exclusivité.⟧",
        "⟦Pendant la durée de la mission, le Consultant s'engage à réserver l'exclusivité de ses services à la Société.⟧",
      ],
      clean: [
        "Le Prestataire cède au Client, à titre exclusif, les droits d'exploitation sur les livrables.",
        "Le Client confie au Prestataire, à titre exclusif, la maintenance de sa plateforme ServiceNow.",
        "Le Prestataire reste libre d'intervenir pour d'autres clients, sous réserve du respect de ses obligations de confidentialité.",
        "Pendant la mission, le Prestataire s'interdit d'intervenir pour les concurrents directs du Client nommés en annexe, en contrepartie d'un volume garanti de quinze jours par mois.",
      ],
    },
  },
  en: {
    triggers: [
      /exclusivity (obligation|undertaking|clause|period|covenant)/i,
      /(on an|on a|in an) exclusive basis|exclusive(ly)? (services?|provider|consultant|contractor|engagement)|exclusively (for|to) (the )?(company|client|customer)/i,
      /devote (all|substantially all|(his|her|its|their) (full|entire|whole)|full)[ -]?(business )?(working )?time/i,
      /(shall|will|may) not (perform|provide|render) (any )?(services|work)[^.]{0,40}(to|for) (any )?(third parties|other (clients|persons|companies|entities))/i,
    ],
    unless: [/licen[cs]e|assign|\btitle\b|ownership|jurisdiction|venue|remedy|remedies|property/i],
    text: {
      title: 'Exclusivity imposed on you',
      explanation:
        'You could not work for anyone else during the engagement. This points to disguised employment and makes you dependent on a single client, with no guaranteed volume in return.',
      basis:
        'Independence is the core of contractor status, and a general exclusivity is an indicator of disguised employment (in France: Labour Code L8221-6 / L8221-6-1). Freelance guides: exclusivity must be limited and paid for.',
      suggestion:
        '"Contractor remains free to provide services to other clients. During the Term, Contractor shall only refrain from providing the same services to the direct competitors of Company listed in Schedule A, in exchange for a guaranteed minimum of [X] days per month."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall provide the Services to the Company on an exclusive basis during the Term.⟧',
        '⟦Consultant shall devote his full working time to the Services and shall not provide services to any third parties while this Agreement is in force.⟧',
        'Contractor may choose the means of performing the work. ⟦During the Term, Supplier will not perform any work for other clients.⟧',
      ],
      clean: [
        'Contractor grants Company an exclusive license to use the Deliverables.',
        'The courts of England shall have exclusive jurisdiction over any dispute.',
        'Company engages Contractor as its exclusive provider of ServiceNow services for the Term.',
        'Contractor may provide services to other clients, provided it complies with its confidentiality obligations.',
      ],
    },
  },
});
