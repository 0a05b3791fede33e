import { defineCheck } from '../engine/check';
import { durations } from '../engine/extract';

const UNLIMITED = {
  fr: /jusqu'à (l'|la )?(entière |complète |pleine |totale )?satisfaction|(modifications?|corrections?|retouches?|allers-retours) (illimitée?s|sans limite|sans limitation)|autant de (fois|modifications|corrections|allers-retours|versions) que (nécessaire|demandé|le Client)|garantie (illimitée|à vie|perpétuelle|sans limitation de durée)|sans (limitation|limite) de durée[^.]{0,60}(garanti|corrig|maintenance)|(garanti|corrig|maintenance)[^.]{0,60}sans (limitation|limite) de durée|maintenance corrective (gratuite|sans frais)[^.]{0,60}(pendant toute|sans limit|pour toute)/i,
  en: /unlimited (revisions|changes|rounds|amendments|iterations|corrections)|until (the )?(Client|Company|Customer) is (fully |completely |entirely )?satisfied|as many (revisions|rounds|changes|times) as (the )?(Client|Company|Customer)? ?(requests|requires|may require|needed|necessary)|(lifetime|perpetual) warranty|warranty (for the life|that shall survive indefinitely)|warrant[^.]{0,40}(for the life of|indefinitely|without limit of time)/i,
};

/** Bounded: a number of rounds or a warranty period. */
const BOUNDED = {
  fr: /dans la limite de (deux|trois|\d+)|(deux|trois|\d+) (séries|tours|cycles) de (corrections|modifications)|au-delà (de|des)[^.]{0,40}(facturé|devis|TJM)/i,
  en: /(two|three|\d+) (rounds|sets) of (revisions|changes)|up to (two|three|\d+) (revisions|rounds)|(additional|further) (revisions|changes) (will be|shall be|are) (billed|charged|invoiced)/i,
};

export default defineCheck({
  id: 'AC-02',
  category: 'warranty',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  thresholds: [
    {
      name: 'defectWarrantyMaxMonths',
      default: 3,
      unit: 'months',
      label: {
        fr: 'Durée de garantie des défauts jugée normale (mois, à valider selon le métier)',
        en: 'Normal defect warranty period (months, to validate per trade)',
      },
    },
  ],
  assess({ unit }, doc) {
    // A stated warranty period within the threshold bounds the "free corrections".
    const period = durations(unit.text, unit.lang).find((d) => d.months > 0)?.months ?? null;
    if (period !== null && period <= doc.threshold('defectWarrantyMaxMonths')) return null;
    return { params: { warranty_months: period, revision_rounds: null } };
  },
  fr: {
    triggers: [UNLIMITED.fr],
    unless: [BOUNDED.fr],
    text: {
      title: 'Corrections ou garantie illimitées',
      explanation:
        "Vous devez reprendre le travail gratuitement jusqu'à satisfaction du client, ou garantir vos livrables sans limite de durée : le temps non payé n'a pas de fin.",
      basis:
        "Pratique du marché : deux à trois séries de corrections incluses, puis facturation ; garantie de non-conformité limitée à une courte période après la livraison (souvent un à trois mois, à valider selon le métier).",
      suggestion:
        "« Deux séries de corrections sont incluses dans le prix ; les demandes suivantes sont facturées au TJM convenu. Le Prestataire corrige gratuitement les non-conformités aux spécifications signalées dans les trois (3) mois suivant la livraison. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire apportera les corrections demandées sans frais supplémentaires jusqu'à l'entière satisfaction du Client.⟧",
        "Le site est livré en version définitive. ⟦Le Prestataire assure une garantie illimitée sur l'ensemble des développements.⟧",
        "⟦Le Prestataire réalisera autant de modifications que nécessaire pour la validation de la maquette.⟧",
      ],
      clean: [
        "Deux séries de corrections sont incluses ; au-delà, les modifications sont facturées au TJM convenu.",
        "Le Prestataire corrige gratuitement les anomalies signalées dans les trois mois suivant la livraison.",
        "Le Client peut demander des modifications dans la limite de deux allers-retours par maquette.",
      ],
    },
  },
  en: {
    triggers: [UNLIMITED.en],
    unless: [BOUNDED.en],
    text: {
      title: 'Unlimited revisions or warranty',
      explanation:
        'You must keep reworking for free until the client is satisfied, or warrant your work with no time limit: the unpaid time has no end.',
      basis:
        'Market practice: two or three rounds of revisions included, then billed; defect warranty limited to a short period after delivery (often one to three months; validate per trade).',
      suggestion:
        '"The fee includes two (2) rounds of revisions; further changes will be billed at the agreed day rate. Contractor will correct, at no charge, non-conformities with the specifications reported within ninety (90) days of delivery."',
    },
    examples: {
      flagged: [
        '⟦Contractor will provide unlimited revisions until Client approves the final design.⟧',
        'The website will be delivered in stages. ⟦Contractor shall make changes at no additional cost until the Client is fully satisfied.⟧',
        '⟦Contractor provides a lifetime warranty on all code delivered under this Agreement.⟧',
      ],
      clean: [
        'The fee includes two rounds of revisions; additional revisions will be billed at the hourly rate.',
        'Contractor will correct defects reported within thirty (30) days of delivery at no charge.',
        'Client may request up to three revisions per deliverable.',
      ],
    },
  },
});
