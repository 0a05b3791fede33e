import { defineCheck } from '../engine/check';

export default defineCheck({
  id: 'PY-06',
  category: 'payment',
  severity: 'medium',
  kind: 'risky',
  party: 'other-power',
  assess({ unit }, doc) {
    // Deductions from the user's invoices: a concern of the side that is paid.
    if (doc.role !== 'provider') return null;
    const params = { requires_certain_liquid_debt: false, retention: /retenue de garantie|retainage|retention/i.test(unit.text) };
    return { severity: unit.actor === 'mutual' ? 'low' : 'medium', params };
  },
  fr: {
    triggers: [
      /compens(er|ation)[^.]{0,80}(sommes|factures?|montants?|cr[ée]ances?|d[ûu]es?|p[ée]nalit[ée]s)|(d[ée]duire|d[ée]duction|imputer|imputation|retenir|pr[ée]lever)[^.]{0,100}(factures?|sommes|paiements?|montants?|r[ée]mun[ée]ration|honoraires|r[èe]glements?)|retenue de garantie|(suspendre|diff[ée]rer|bloquer) (le |les |tout |tous )?(paiements?|r[èe]glements?)/i,
    ],
    unless: [
      /certaines?,? liquides? et exigibles?|d'un commun accord|accord (pr[ée]alable |expr[èe]s )?(et )?([ée]crit )?du (prestataire|consultant)|d[ée]cision de justice|d[ée]finitivement (fix[ée]e?s?|constat[ée]e?s?)|partie non contest[ée]e|retenue à la source|imp[ôo]ts?|pr[ée]l[èe]vements? sociaux|compensation financi[èe]re/i,
    ],
    text: {
      title: 'Retenues ou compensation unilatérales',
      explanation:
        "L'autre partie peut retenir ou déduire de vos factures des pénalités ou des sommes qu'elle estime dues, avant tout accord ou décision : vous êtes payé moins, et c'est à vous d'agir pour récupérer la différence.",
      basis:
        "La compensation légale suppose des dettes certaines, liquides et exigibles (C. civ. 1347-1, numérotation à vérifier) ; les déductions d'office de pénalités non établies sont visées par les pratiques restrictives de concurrence (C. com. L442-1 I 3°, rédaction à vérifier).",
      suggestion:
        "« Aucune compensation ni retenue ne pourra être opérée sur les factures du Prestataire sans son accord écrit ou une décision de justice. En cas de contestation partielle d'une facture, la partie non contestée est payée à son échéance. »",
    },
    examples: {
      flagged: [
        "⟦Le Client pourra déduire de plein droit des factures du Prestataire le montant des pénalités qu'il estime dues.⟧",
        "Les factures sont payables à trente jours. ⟦En cas de litige, la Société se réserve le droit de suspendre les paiements jusqu'à son règlement définitif.⟧",
        "⟦Le Donneur d'ordre pratiquera une retenue de garantie de 5 % sur chaque facture.⟧",
      ],
      clean: [
        "Le Client ne pourra opérer de compensation qu'avec des créances certaines, liquides et exigibles reconnues par le Prestataire.",
        "En cas de contestation partielle d'une facture, le Client règle la partie non contestée à son échéance.",
        "Le Prestataire pourra suspendre ses prestations en cas de retard de paiement.",
      ],
    },
  },
  en: {
    triggers: [
      /set[- ]?off|withhold (any |all )?(payment|amounts?|fees|sums|monies)|deduct[^.]{0,80}(from|against) (any )?(amounts?|sums|fees|payments?|invoices?|monies)|retainage|retention of/i,
    ],
    unless: [/undisputed|mutually agreed|agreed (to )?in writing by (the )?(contractor|consultant|supplier)|(court|final) (order|judgment)|taxes?|withholding tax|required by (applicable )?law|disputed (portion|part|amount)/i],
    text: {
      title: 'One-sided set-off or withholding',
      explanation:
        'The other side may withhold payment or deduct amounts it claims from your invoices before anything is agreed or decided: you are paid less and must chase the difference.',
      basis:
        'Practice: no set-off without written agreement or a court decision, and the undisputed part of an invoice paid on time (the UK reform under consultation proposes a 30-day window to dispute invoices). In France, legal set-off requires certain, liquid and due debts.',
      suggestion:
        '"Company shall not set off or withhold any amount from Contractor\'s invoices without Contractor\'s written agreement or a final court decision. If Company disputes part of an invoice in good faith, it shall pay the undisputed part when due."',
    },
    examples: {
      flagged: [
        '⟦Company may set off against any amounts due to Contractor any amounts that Company claims Contractor owes it.⟧',
        'Invoices are payable within thirty (30) days. ⟦The Client may withhold payment of any invoice until all Deliverables have been accepted.⟧',
        '⟦We may deduct any fees, chargebacks or penalties from any payments owed to you.⟧',
      ],
      clean: [
        'Company may withhold the disputed portion of an invoice in good faith and shall pay the undisputed amount when due.',
        'Company may withhold taxes from payments to Contractor as required by applicable law.',
        'Contractor may suspend the Services if any invoice remains unpaid thirty (30) days after its due date.',
      ],
    },
  },
});
