import { defineCheck } from '../engine/check';

const ABSOLUTE = {
  fr: /obligation de résultat|garanti(t|e|r|ssent)? (que )?[^.]{0,80}(exempts? |dépourvus? |sans )(d'|de |aucune? )?(erreurs?|bugs?|défauts?|anomalies?|dysfonctionnements?)|conformes? à (l'ensemble des|tous les|toutes les) (besoins|attentes|exigences)|garantie illimitée|zéro (défaut|bug|anomalie)/i,
  en: /fit(ness)? for (its |the |a |any )?(intended |particular )?purpose|error[- ]free|free (from|of) (all |any )?(errors|defects|bugs)|meet (all|each|every) (of )?(the )?(Company's|Client's|Customer's|its) (requirements|needs|expectations)|guarantees? (that )?[^.]{0,60}(results?|outcome)|uninterrupted (and|or) error/i,
};

/** Disclaimers and "obligation de moyens" wording. */
const NOT_ABSOLUTE = {
  fr: /obligation de moyens|ne garanti(t|ssent) pas|non (d'une obligation )?de résultat|aucune garantie/i,
  en: /(does|do|shall|will) not (warrant|guarantee|represent)|\bneither party (makes|warrants|represents|guarantees)|implied warrant(y|ies)|errors [^.]{0,60}will be corrected|(doesn't|don't|won't) (warrant|guarantee|represent)|makes? no (warranty|warranties|guarantee)|disclaims?|without (any )?warrant|not (a|an) (obligation|guarantee) of result|"as is"|as-is|as is basis/i,
};

export default defineCheck({
  id: 'LB-06',
  category: 'warranty',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  assess({ unit }, doc) {
    // A warranty given by the provider to a client-user is the user's protection.
    if (doc.role !== 'provider') return null;
    const fitForPurpose = /fit(ness)? for|conformes? à (l'ensemble|tous|toutes)/i.test(unit.text);
    return { params: { engagement_type: 'résultat', fit_for_purpose: fitForPurpose } };
  },
  fr: {
    triggers: [ABSOLUTE.fr],
    unless: [NOT_ABSOLUTE.fr],
    text: {
      title: 'Obligation de résultat sur une prestation intellectuelle',
      explanation:
        "Vous garantissez un résultat (zéro défaut, conformité à tous les besoins) et non vos efforts : le moindre écart engage votre responsabilité sans que le client ait à prouver une faute, et votre assurance RC Pro peut ne pas le couvrir.",
      basis:
        "Usage : les missions de régie et de conseil relèvent normalement d'une obligation de moyens ; une obligation de résultat ou une garantie d'adéquation (« fit for purpose ») peut sortir de la couverture de l'assurance responsabilité civile professionnelle.",
      suggestion:
        "« Le Prestataire est tenu à une obligation de moyens : il met en œuvre les compétences et la diligence d'un professionnel qualifié. Il corrige gratuitement les non-conformités aux spécifications signalées dans les trois (3) mois suivant la livraison. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire est tenu à une obligation de résultat quant au bon fonctionnement de la plateforme.⟧",
        "Le Consultant intervient en régie sur le projet de refonte. ⟦Le Consultant garantit que les développements livrés seront exempts d'erreurs et d'anomalies.⟧",
        "⟦Le Prestataire garantit que les livrables seront conformes à l'ensemble des besoins du Client.⟧",
      ],
      clean: [
        "Le Prestataire est tenu à une obligation de moyens et non de résultat.",
        "Le Prestataire ne garantit pas que le logiciel sera exempt d'erreurs, mais s'engage à corriger les anomalies reproductibles signalées pendant trois mois.",
        "Le Prestataire garantit que les livrables seront conformes aux spécifications validées en annexe 2.",
      ],
    },
  },
  en: {
    triggers: [ABSOLUTE.en],
    unless: [NOT_ABSOLUTE.en],
    text: {
      title: 'Absolute warranty on intellectual services',
      explanation:
        'You guarantee an outcome (error-free, fit for purpose, meeting every need) rather than skilled effort: any shortfall is a breach without proof of fault, and such warranties may fall outside professional indemnity cover.',
      basis:
        'Practice: consulting and time-and-materials work is normally performed with reasonable skill and care; insurers warn that fitness-for-purpose warranties may fall outside professional indemnity cover.',
      suggestion:
        '"Contractor shall perform the Services with reasonable skill and care in accordance with generally accepted industry standards. Contractor shall correct, at no charge, any non-conformity with the agreed specifications reported within ninety (90) days of delivery."',
    },
    examples: {
      flagged: [
        '⟦Contractor warrants that the Deliverables will be fit for the purpose for which Company intends to use them.⟧',
        'Consultant will configure the ServiceNow instance. ⟦Consultant warrants that all Deliverables will be error-free.⟧',
        '⟦Supplier guarantees that the software will meet all of the Customer\'s requirements.⟧',
      ],
      clean: [
        'Contractor shall perform the Services with reasonable skill and care in accordance with generally accepted industry standards.',
        'Contractor does not warrant that the Deliverables will be error-free or uninterrupted.',
        'Contractor warrants that the Deliverables will conform in all material respects to the specifications in the SOW for ninety (90) days after delivery.',
      ],
    },
  },
});
