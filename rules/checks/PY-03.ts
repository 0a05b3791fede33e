import { defineCheck } from '../engine/check';
import { durations } from '../engine/extract';

const REGARDLESS = /ind[ée]pendamment|quel(le)?s? que soi(en)?t|m[êe]me (si|en l'absence)|regardless|irrespective|whether or not|not (be )?(conditional|contingent)|n'est pas (subordonn|conditionn)/i;
const LONG_STOP = /au plus tard|en tout [ée]tat de cause|dans tous les cas|in any event|no later than|at the latest/i;

export default defineCheck({
  id: 'PY-03',
  category: 'payment',
  severity: 'high',
  kind: 'risky',
  party: 'any',
  thresholds: [
    {
      name: 'paymentMaxDays',
      default: 60,
      unit: 'days',
      label: { fr: 'Délai de paiement maximal (date de facture)', en: 'Longest payment term (from invoice date)' },
    },
  ],
  assess({ unit }, doc) {
    if (doc.role !== 'provider') return null;
    const longStop = LONG_STOP.test(unit.text) ? Math.max(0, ...durations(unit.text, unit.lang).map((d) => d.days)) : null;
    const condition = /sous r[ée]serve|sous condition|condition|subordonn|if paid|pay-if-paid|contingent|only if|only when/i.test(unit.text);
    const params = { type: condition ? 'condition' : 'timing', long_stop_days: longStop };
    return { severity: longStop !== null && longStop > 0 && longStop <= doc.threshold('paymentMaxDays') ? 'medium' : 'high', params };
  },
  fr: {
    triggers: [
      /(encaissement|r[ée]ception des (fonds|sommes|r[èe]glements?)|paiement|r[èe]glement|pay[ée]e?s?|vers[ée]e?s?|r[ée]gl[ée]e?s?)[^.]{0,60}(par le |du |de son |de la part du )(client final|donneur d'ordre final|client du client)/i,
      /paiement adoss[ée]|adoss[ée]e? au (paiement|r[èe]glement)|apr[èe]s (l')?encaissement|d[èe]s (l')?encaissement/i,
    ],
    unless: [REGARDLESS],
    text: {
      title: 'Payé seulement si le client final paie',
      explanation:
        "Votre paiement dépend du règlement du client final à l'intermédiaire : vous portez son risque d'impayé et le délai légal de paiement est contourné.",
      basis:
        "Le délai légal court de la date de facture, sans condition (C. com. L441-10 I) ; reporter sur le freelance le risque d'impayé du client final peut caractériser un déséquilibre significatif (C. civ. 1171 ; C. com. L442-1 I 2°). Si la chaîne relève de la sous-traitance au sens de la loi n°75-1334, une action directe contre le client final peut exister (portée discutée pour les prestations intellectuelles, à vérifier).",
      suggestion:
        "« Les factures du Prestataire sont payables à trente (30) jours date de facture, indépendamment du paiement par le client final des sommes dues au Client. »",
    },
    examples: {
      flagged: [
        "⟦Les factures du Prestataire seront réglées dans un délai de dix (10) jours à compter de l'encaissement par le Client du paiement du client final.⟧",
        "Le Consultant facture mensuellement. ⟦Le paiement des factures du Consultant est subordonné au règlement effectif des prestations par le client final.⟧",
        "⟦Le paiement est adossé au paiement du client final et interviendra au plus tard quatre-vingt-dix (90) jours après la facture.⟧",
      ],
      clean: [
        "Les factures sont payables à trente (30) jours date de facture, indépendamment du paiement par le client final.",
        "Le Client facture le client final chaque mois.",
        "Le Prestataire intervient chez le client final et lui remet ses livrables.",
      ],
    },
  },
  en: {
    triggers: [
      /pay[- ]when[- ]paid|pay[- ]if[- ]paid|back-to-back payment/i,
      /(contingent|conditional|conditioned|dependent|subject to|only (if|when|after)|within [^.]{0,30}(of|after|following)) [^.]{0,40}(receipt of|receiving|being paid|payment (from|by))[^.]{0,40}(end[- ]client|client|customer)/i,
      /(when|after|once|if|until) (the )?(end[- ]client|client|customer) (has )?(paid|pays)/i,
      /(only )?(once|when|after|until|if) (the )?(client|company|agency) (has )?(received|receives) (full )?payment (from|by) (the |its )?(end[- ]client|client|customer)/i,
    ],
    unless: [REGARDLESS],
    text: {
      title: 'Paid only if the end client pays',
      explanation:
        "Your payment depends on the end client paying the agency: you carry the end client's credit risk, and the payment term can stretch without limit.",
      basis:
        'Freelance guides list "payment contingent on the client\'s client" as a trap. In US construction law pay-if-paid clauses are void in California (Wm. R. Clarke v. Safeco, 1997) and New York (West-Fair v. Aetna, 1995), while pay-when-paid only delays payment for a reasonable time.',
      suggestion:
        '"Agency shall pay each invoice within thirty (30) days of the invoice date, regardless of whether Agency has been paid by the End Client."',
    },
    examples: {
      flagged: [
        '⟦Agency shall pay Consultant within ten (10) days after receipt of payment from the End Client.⟧',
        'Consultant shall invoice monthly. ⟦Payment to Consultant is contingent upon Agency\'s receipt of payment from the Client for the corresponding services.⟧',
        '⟦This is a pay-when-paid arrangement: Subcontractor will be paid when the Customer has paid the Company.⟧',
        '⟦The Consultant shall be paid only once the Client has received payment from the End Client.⟧',
      ],
      clean: [
        'Agency shall pay Consultant within thirty (30) days of the invoice date, regardless of whether Agency has been paid by the End Client.',
        'Agency will invoice the End Client monthly for the Services.',
        'Consultant will provide the Services to the End Client under Agency\'s direction.',
      ],
    },
  },
});
