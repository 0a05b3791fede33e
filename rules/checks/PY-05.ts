import { defineCheck, type DocView } from '../engine/check';
import { referencesOtherTerms } from './LB-01';

// Remuneration is mentioned (so there is something to be paid), in either language.
const PAID_WORK = /\bTJM\b|taux journalier|honoraires|prix (forfaitaire|global|de la prestation)|r[ée]mun[ée]ration|factur|\bfees?\b|hourly rate|day rate|\$\s?\d|£\s?\d|€|\binvoice/i;

export default defineCheck({
  id: 'PY-05',
  category: 'payment',
  severity: 'medium',
  kind: 'missing',
  party: 'any',
  appliesTo(doc: DocView) {
    // Payment terms usually sit in the general terms a special-conditions document incorporates.
    return doc.role === 'provider' && doc.mentions(PAID_WORK) && !referencesOtherTerms(doc);
  },
  fr: {
    present: [
      /(payables?|pay[ée]e?s?|r[èée]gl[ée]e?s?|r[èe]glement|paiement|vers[ée]e?s?)[^.]{0,80}(\d+|[a-zéè-]+ \(\d+\)|quinze|trente|quarante-cinq|soixante)\s*jours|[àa] r[ée]ception (de (la )?facture)?|comptant|acompte|[ée]ch[ée]ancier|d[ée]lai de (paiement|r[èe]glement)|(\d+|quinze|trente|quarante-cinq|soixante)\s*(\(\d+\)\s*)?jours (date de facture|fin de mois|à compter)|le \d{1,2} du mois suivant|(payer|pay[ée]e?s?|r[èée]gl[ée]e?s?|vers[ée]e?s?)[^.]{0,120}(d'avance|[àa] la commande|[àa] la signature|avant (l'intervention|le d[ée]but|le d[ée]marrage))|(modalit[ée]s|conditions) de (paiement|r[èe]glement)/i,
    ],
    text: {
      title: 'Pas de délai ni d\'échéancier de paiement',
      explanation:
        "Le contrat ne dit pas quand vous serez payé (ni acompte, ni échéances) : la date de paiement se discute à chaque facture et un grand forfait peut n'être payé qu'à la fin.",
      basis:
        "À défaut de délai convenu, le paiement est dû 30 jours après l'exécution de la prestation (C. com. L441-10 I), mais la preuve de la date de départ est source de litiges. Les guides recommandent un acompte de 30 à 50 % et des jalons pour les forfaits.",
      suggestion:
        "« En régie, le Prestataire facture chaque fin de mois les jours réalisés ; les factures sont payables à trente (30) jours date de facture. Au forfait, un acompte de 30 % est versé à la commande, le solde étant facturé par jalons selon l'échéancier en annexe. »",
    },
    examples: {
      flagged: [
        "Le Prestataire réalise le site internet du Client. Le prix forfaitaire est de 15 000 € HT. Le Prestataire livre le site au plus tard le 30 juin. Chacune des Parties peut résilier le contrat avec un préavis d'un mois.",
        "Article 1 - Objet : mission d'assistance technique ServiceNow. Article 2 - TJM : 650 € HT par jour travaillé. Article 3 - Durée : trois mois renouvelables.",
        "Le Consultant intervient deux jours par semaine. Sa rémunération est fixée à 550 euros par jour. Le contrat prend fin le 31 décembre.",
      ],
      clean: [
        "Le Prestataire réalise le site internet du Client. Le prix forfaitaire est de 15 000 € HT, dont un acompte de 30 % à la commande. Le solde est payable à trente (30) jours date de facture.",
        "Article 1 - Objet : mission d'assistance technique ServiceNow. Article 2 - TJM : 650 € HT par jour travaillé, facturé mensuellement et payable à 30 jours. Article 3 - Durée : trois mois renouvelables.",
        "Le Prestataire s'engage à respecter la confidentialité. Le contrat est conclu pour six mois. Tout litige relève des tribunaux de Lyon.",
      ],
    },
  },
  en: {
    present: [
      /\bnet[ -]?(\d{1,3}\b|[a-z-]+ \(\d+\))|(pay|paid|payable|due)[^.]{0,80}(within|no later than|in) (\d+|[a-z-]+ \(\d+\)|ten|fifteen|thirty|forty-five|sixty|ninety) (business |calendar )?days|upon receipt|on receipt|due (on|upon)|payment schedule|in advance|deposit|milestones?|instal?lments?|(weekly|monthly|bi-weekly) (invoices|invoicing|payments?)|payment (process|terms)/i,
    ],
    text: {
      title: 'No payment term or schedule',
      explanation:
        'The contract does not say when you get paid (no due date, deposit or milestones): the date is argued invoice by invoice, and a big fixed-price project may only be paid at the end.',
      basis:
        'UK default: 30 days from performance or notice of the debt (Late Payment of Commercial Debts (Interest) Act 1998, s.4); freelance guides recommend a 30–50% deposit and milestone invoicing for fixed-price work.',
      suggestion:
        '"Contractor will invoice monthly for time-and-materials work, payable within thirty (30) days of the invoice date. For fixed-price work, 30% is invoiced on signature and the balance on the milestones in Schedule A."',
    },
    examples: {
      flagged: [
        'Contractor will build the Company\'s website. The total fee is $15,000. Contractor will deliver the website by June 30.',
        '1. Services. Consultant will provide ServiceNow consulting. 2. Rate. Consultant\'s rate is $800 per day. 3. Term. This Agreement lasts three months and either party may terminate it on thirty (30) days\' written notice.',
        'The Designer will create a brand identity. The fee for the project is £4,000. The project ends when the final files are delivered. This Agreement is governed by the laws of England.',
      ],
      clean: [
        'Contractor will build the Company\'s website. The total fee is $15,000, with a 30% deposit due on signature. The balance is payable within thirty (30) days of delivery.',
        '1. Services. Consultant will provide ServiceNow consulting. 2. Rate. Consultant\'s rate is $800 per day, invoiced monthly and payable net 30. 3. Term. This Agreement lasts three months.',
        'Each party shall keep the other party\'s information confidential. This Agreement lasts two years. It is governed by the laws of England.',
      ],
    },
  },
});
