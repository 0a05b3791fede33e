import { defineCheck } from '../engine/check';
import { durations } from '../engine/extract';

const DISCRETIONARY_ACCEPTANCE = {
  fr: /(recette|validation|acceptation)[^.]{0,60}(seule appréciation|seule discrétion|discrétionnaire)|(seule appréciation|entière satisfaction|seule satisfaction) (du Client|de la Société|du client final)|à la (seule |entière |pleine )?satisfaction (du Client|de la Société|du client final)|(PV|procès-verbal) de recette (signé|contresigné)|aucune (recette|validation|acceptation|réception) tacite|(recette|validation) (des livrables |des prestations )?par le (Client|client final)/i,
  en: /to (the )?(sole |complete |full )?satisfaction of (the )?(Company|Client|Customer|End Client)|to (the )?(Company's|Client's|Customer's|our) (sole |complete |full )?satisfaction|(accept|reject|approve)[^.]{0,60}(in|at) (its|our) (sole|absolute) discretion|(sole|absolute) discretion[^.]{0,40}(accept|reject|approv)|no deemed acceptance|(shall|will) not be deemed (to have been )?accepted|\bno [^.]{0,30}(shall|will) be deemed accepted (until|unless)|(subject to|upon|following) (the )?(Company's |Client's |Customer's )?(written )?acceptance (of|by)/i,
};

/** The approval is about the user's work (not, say, marketing copy). */
const WORK = {
  fr: /livrables?|prestations?|recette|travaux|développements?|lots?|mission/i,
  en: /deliverables?|work product|services|\bwork\b|milestones?|software|development/i,
};

/** A bounded window, or silence counting as acceptance. */
const WINDOW = {
  fr: /(dans un|sous|sous un|dans les) (délai (maximum |maximal )?de )?(\d+|deux|trois|cinq|huit|dix|quinze|trente) jours|réputée?s? (acceptée?s?|validée?s?|prononcée?s?|acquise?s?|recettée?s?)|à défaut de (réserves?|réponse|retour|refus motivé)|recette tacite|mise en production vaut (recette|réception)/i,
  en: /within (\d+|five|ten|fifteen|thirty|seven|fourteen)( \(\d+\))? (business |working |calendar )?days|deemed (to have been )?accepted|deemed acceptance|(production|live) use (shall )?constitute/i,
};
const NO_DEEMED = /aucune (recette|validation|acceptation|réception) tacite|pas de recette tacite|no deemed acceptance|not be deemed (to have been )?accepted|\bno [^.]{0,30}(shall|will) be deemed accepted (until|unless)/i;

/** Payment waits for acceptance: the freelancer is unpaid as long as the client does not decide. */
const PAYMENT_ON_ACCEPTANCE = {
  fr: /(paiement|facturation|factur)[^.]{0,80}(recette|validation|acceptation|PV)|(recette|validation|PV)[^.]{0,80}(paiement|facturation|factur)/i,
  en: /(pay|invoice)[^.]{0,80}accept|accept[^.]{0,80}(pay|invoice)/i,
};

export default defineCheck({
  id: 'AC-01',
  category: 'acceptance',
  severity: 'high',
  kind: 'risky',
  party: 'other-power',
  thresholds: [
    {
      name: 'validationMaxDays',
      default: 10,
      unit: 'days',
      label: { fr: 'Délai maximal de validation (CRA, recette) avant facturation', en: 'Longest approval window (timesheet, acceptance) before invoicing' },
    },
  ],
  assess({ unit }, doc) {
    // Acceptance rights protect the client: only a provider is hurt by them.
    if (doc.role !== 'provider') return null;
    const lang = unit.lang;
    if (!WORK[lang].test(unit.text)) return null;
    const next = doc.units[unit.index + 1];
    const scope = next ? `${unit.text} ${next.text}` : unit.text;
    const deemed = WINDOW[lang].test(scope) && !NO_DEEMED.test(scope);
    const found = durations(scope, lang)[0];
    // The threshold is in working days (PY-02 shares it); the extractor gives calendar days.
    const workingDays = found ? (found.days * 5) / 7 : null;
    if (deemed) {
      if (workingDays === null || workingDays <= doc.threshold('validationMaxDays')) return null;
      return { severity: 'medium', params: { acceptance_window_days: found?.days ?? null, deemed_acceptance: true, payment_tied_to_acceptance: false } };
    }
    const window = found?.days ?? null;
    const payment = doc.mentions(PAYMENT_ON_ACCEPTANCE[lang]);
    const params = { acceptance_window_days: window, deemed_acceptance: false, payment_tied_to_acceptance: payment };
    return { severity: payment ? 'high' : 'medium', params };
  },
  fr: {
    triggers: [DISCRETIONARY_ACCEPTANCE.fr],
    text: {
      title: 'Recette sans délai ni critères objectifs',
      explanation:
        "Le client valide vos livrables quand il veut et selon sa seule appréciation, sans recette tacite : tant qu'il ne signe pas le PV, votre travail n'est pas réputé accepté et, souvent, pas payé.",
      basis:
        "La recette est une obligation centrale du client dans les projets informatiques et les juges assimilent souvent la mise en production à une réception (pratique). Les procédures de vérification ne doivent pas allonger abusivement les délais de paiement (C. com. L441-10, paragraphe à vérifier).",
      suggestion:
        "« Le Client dispose de dix (10) jours ouvrés à compter de la livraison pour vérifier la conformité des livrables aux spécifications de l'annexe 1 et notifier des réserves motivées. À défaut, ou en cas de mise en production, les livrables sont réputés acceptés. »",
    },
    examples: {
      flagged: [
        "⟦Les livrables sont soumis à la recette du Client, qui les accepte ou les refuse à sa seule appréciation.⟧ Le paiement intervient après signature du PV de recette.",
        "Le Prestataire livre chaque lot dans le dépôt du Client. ⟦Aucune recette tacite ne pourra être invoquée par le Prestataire, seul un procès-verbal signé valant acceptation.⟧",
        "⟦Les prestations devront être réalisées à l'entière satisfaction du Client.⟧",
      ],
      clean: [
        "Le Client dispose de dix jours ouvrés à compter de la livraison pour émettre des réserves motivées ; à défaut, les livrables sont réputés acceptés.",
        "La recette par le Client est réalisée dans un délai de dix jours ouvrés à compter de la livraison, au regard des spécifications de l'annexe 2.",
        "La mise en production vaut recette des livrables.",
      ],
    },
  },
  en: {
    triggers: [DISCRETIONARY_ACCEPTANCE.en],
    text: {
      title: 'Acceptance with no deadline or criteria',
      explanation:
        'The client accepts your work whenever it likes and on its sole judgement, with no deemed acceptance: until it signs off, the work is not accepted and often not paid for.',
      basis:
        'Practice: acceptance is a core client duty in IT projects and courts tend to treat production use as acceptance; freelance guides recommend deemed acceptance if no written objection is made within about 5 business days.',
      suggestion:
        '"Client shall test each Deliverable against the agreed specifications within ten (10) business days of delivery and notify any material non-conformity in writing. Otherwise, or upon production use, the Deliverable is deemed accepted."',
    },
    examples: {
      flagged: [
        '⟦All Deliverables must be completed to the Company\'s sole satisfaction.⟧ Company will pay each invoice upon acceptance of the related Deliverable.',
        'Contractor will deliver the configuration in sprints. ⟦Client may accept or reject any Deliverable in its sole discretion.⟧',
        '⟦No Deliverable shall be deemed accepted until Client signs a written acceptance certificate.⟧',
        '⟦Each Deliverable is subject to Client\'s written acceptance of the Deliverable, failing which it is deemed accepted sixty (60) days after delivery.⟧',
      ],
      clean: [
        'Client shall notify any non-conformity within ten (10) business days of delivery, failing which the Deliverable is deemed accepted.',
        'Each Deliverable is subject to Client\'s written acceptance of the Deliverable, which shall be given or refused within five business days of delivery.',
        'Production use of a Deliverable shall constitute acceptance.',
      ],
    },
  },
});
