import { defineCheck } from '../engine/check';
import { durations, feeMultiples } from '../engine/extract';

// Perimeter beyond the end client actually served: every client of the intermediary, its group, anyone introduced.
const WIDE = /(soci[ée]t[ée]s|personnes|entreprises|clients)[^.]{0,30}(pr[ée]sent[ée]e?s|mis en relation|introduites?)|(tous|l'ensemble des|aucun|tout) (les |des )?clients?( et prospects)? (du client|de la soci[ée]t[ée]|de l'esn|du groupe)|toute? (personne|soci[ée]t[ée]|entreprise|entit[ée])[^.]{0,40}(pr[ée]sent[ée]e|mis en relation|introduite?)|any (client|customer|person|entity)[^.]{0,50}(of the (company|agency|group)|introduced)|any of (the )?(company|agency)'s (clients|customers)|(clients|customers) of the (company|agency|group)|prospects?/i;
const CLIENT_INITIATIVE = /(m[êe]me|y compris) (si|lorsque|à l'initiative)[^.]{0,60}(client final|sollicit)|quelle que soit (la partie|l'origine)|(even|including) (if|where|when)[^.]{0,60}(approach|initiat|solicit)|regardless of (which party|who) initiat/i;
const LAST_AMENDMENT = /dernier avenant|derni[èe]re (commande|prolongation)|last (amendment|renewal|extension|statement of work)/i;
const POST_TERM = /apr[èe]s|suivant|[àa] compter|cessation|expiration|fin (du|de la)|terme|after|following|thereafter|termination/i;

export default defineCheck({
  id: 'NC-02',
  category: 'non-solicitation',
  severity: 'high',
  kind: 'risky',
  party: 'user-bound',
  thresholds: [
    {
      name: 'nonSolicitationMaxMonths',
      default: 12,
      unit: 'months',
      label: { fr: 'Durée maximale d\'interdiction de travailler avec le client final', en: 'Longest acceptable ban on working with the end client' },
    },
    {
      name: 'penaltyMaxMonthsOfBilling',
      default: 3,
      unit: 'months',
      label: { fr: 'Pénalité maximale (en mois de facturation)', en: 'Largest acceptable penalty (months of fees)' },
    },
  ],
  assess({ unit }, doc) {
    const fees = feeMultiples(unit.text, unit.lang);
    const months = durations(unit.text, unit.lang)
      .filter((d) => !fees.some((f) => d.index >= f.index && d.index < f.index + f.length))
      .map((d) => d.months);
    const duration = months.length ? Math.max(...months) : null;
    const penalty = fees.length ? Math.max(...fees.map((f) => f.months)) : null;
    const params = {
      duration_months: duration === null ? null : Math.round(duration),
      perimeter: WIDE.test(unit.text) ? 'all-clients' : 'end-client',
      penalty_months_of_billing: penalty,
      end_client_initiative_covered: CLIENT_INITIATIVE.test(unit.text),
      anchor_last_amendment: LAST_AMENDMENT.test(unit.text),
      mutual: unit.actor === 'mutual',
    };
    const postTerm = POST_TERM.test(unit.text);
    if (
      params.perimeter === 'all-clients' ||
      (penalty !== null && penalty >= doc.threshold('penaltyMaxMonthsOfBilling')) ||
      (duration !== null && duration > doc.threshold('nonSolicitationMaxMonths')) ||
      (duration === null && postTerm)
    ) {
      return { severity: 'high', params };
    }
    if ((duration !== null && duration > 6) || params.end_client_initiative_covered || params.anchor_last_amendment) {
      return { severity: 'medium', params };
    }
    return null;
  },
  fr: {
    triggers: [
      /non[- ]contournement/i,
      /(non[- ]sollicitation|s'interdi[a-z]*|s'engage [àa] ne (pas|jamais)|ne (pourra|peut|devra) (pas |en aucun cas |jamais )?(travailler|intervenir|contracter|proposer|fournir|solliciter|d[ée]marcher|accepter|collaborer|traiter))[^.]{0,200}(client final|clients? finaux|clients? du (client|donneur d'ordre|groupe)|clients? de la soci[ée]t[ée]|(clients?|soci[ée]t[ée]s?|personnes?|entreprises?) (avec laquelle|avec lesquel|aupr[èe]s de laquelle|qui lui (a|ont) [ée]t[ée] pr[ée]sent)|mis en relation)/i,
    ],
    unless: [/(solliciter|embaucher|d[ée]baucher|recruter)[^.]{0,30}(personnel|salari[ée]s|collaborateurs)/i],
    text: {
      title: 'Interdiction de travailler avec le client final',
      explanation:
        "Cette clause vous interdit de travailler pour le client final (ou pour les clients de l'intermédiaire) pendant et après la mission. Trop longue, trop large ou assortie d'une lourde pénalité, elle vous retire le client que vous connaissez le mieux.",
      basis:
        "Même test de proportionnalité que la non-concurrence. CA Paris 21 févr. 2023 (RG 20/07666) : interdiction de traiter avec tout client d'une plateforme pendant le contrat + 12 mois, sans limite territoriale, annulée. CA Versailles 14 sept. 2023 n°21/05171 : interdiction de 12 mois assortie d'une indemnité d'un an de rémunération, pour une mission de 3 mois, annulée comme disproportionnée.",
      suggestion:
        "« Pendant six (6) mois à compter de la fin du contrat initial, le Prestataire s'interdit de solliciter activement, pour des prestations identiques, le seul client final auprès duquel il est intervenu. Cette interdiction ne s'applique ni lorsque le client final prend l'initiative du contact, ni aux appels d'offres publics. Toute violation donnera lieu au plus à une indemnité égale à un (1) mois de la marge du Client. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire s'interdit de travailler directement ou indirectement pour le client final pendant la durée du contrat et pendant vingt-quatre (24) mois après son terme.⟧",
        "⟦Le Consultant s'interdit, pendant douze (12) mois à compter de la fin de la mission, de contracter avec tout client du Client, sous peine de verser une somme égale à six (6) mois de facturation.⟧",
        "La mission se déroule chez le client final. ⟦Le Sous-traitant s'engage à ne pas intervenir, même à l'initiative du client final, auprès de la société avec laquelle il a été mis en relation, pendant neuf (9) mois suivant la fin du dernier avenant.⟧",
        "⟦Clause de non-contournement : le Prestataire ne pourra en aucun cas proposer ses services aux sociétés qui lui ont été présentées par l'ESN.⟧",
      ],
      clean: [
        "Pendant six (6) mois à compter de la fin du contrat, le Prestataire s'interdit de solliciter activement le client final auprès duquel il est intervenu.",
        "Le Prestataire s'interdit de solliciter les salariés du Client pendant la durée du contrat.",
        "Le Client s'interdit de contracter directement avec les sous-traitants du Prestataire sans son accord.",
        "Le Prestataire intervient dans les locaux du client final selon le planning convenu.",
        "La facture ne pourra être émise qu'après validation du compte-rendu d'activité par le client final.",
      ],
    },
  },
  en: {
    triggers: [
      /non-?circumvent/i,
      /(non-?solicit[a-z]*|shall not|will not|agrees? not to|may not)[^.]{0,200}(end[- ]client|end customer|(clients?|customers?) of (the )?(company|agency|group|client)|(company|agency)'s (clients|customers)|introduced (to [a-z]+ )?by|(clients?|customers?) (to whom|with whom|for whom))/i,
    ],
    unless: [/(solicit|hire|employ|recruit|engage)[^.]{0,30}(employees|personnel|staff)/i],
    text: {
      title: 'Ban on working with the end client',
      explanation:
        "This clause stops you working for the end client (or for the agency's clients) during and after the engagement. Too long, too wide or backed by a heavy fee, it takes away the client you know best.",
      basis:
        'Restrictive covenants must protect a legitimate interest and be no wider than reasonably necessary (English restraint-of-trade doctrine; US state law). French courts annulled a ban covering every client of a platform for the term + 12 months (CA Paris 21 Feb 2023, RG 20/07666) and a 12-month ban with a one-year fee for a 3-month mission (CA Versailles 14 Sept 2023 n°21/05171).',
      suggestion:
        '"For six (6) months after the end of the initial Statement of Work, Contractor shall not actively solicit the End Client for which Contractor performed the Services, for the same services. This restriction does not apply where the End Client initiates contact or to public tenders. Any breach gives rise to a fee not exceeding one (1) month of Agency\'s margin."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall not accept work from or contract directly with the End Client for a period of eighteen (18) months after termination of this Agreement.⟧',
        '⟦During the Term and for twelve (12) months thereafter, Consultant will not solicit or provide services to any client of the Agency, and shall pay a placement fee equal to six (6) months of fees for any breach.⟧',
        'Consultant will perform the Services at the End Client\'s site. ⟦Non-Circumvention: Consultant shall not provide services to any person introduced by the Agency, even if that person approaches Consultant first.⟧',
        '⟦For nine (9) months following the last renewal of this Agreement, Supplier shall not work directly for the end client.⟧',
      ],
      clean: [
        'For six (6) months after termination, Contractor shall not actively solicit the End Client for the same services.',
        'Contractor shall not solicit any employees of the Company during the Term.',
        'Agency shall not contract directly with Consultant\'s subcontractors without Consultant\'s consent.',
        'Contractor will perform the Services on site at the End Client\'s premises in London.',
      ],
    },
  },
});
