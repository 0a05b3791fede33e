import { defineCheck } from '../engine/check';

const AUDIT = {
  fr: /(dispose|disposera|bénéficie|bénéficiera|aura|a) (d'un|le) droit d'audit|(pourra|peut|se réserve le droit de) (procéder|faire procéder|diligenter)[^.]{0,30}(à un |à des |un |des )?(audits?|contrôles? sur place)|accès[^.]{0,40}(aux|à ses) (locaux|livres|registres|systèmes|documents comptables) (du Prestataire|du Consultant|du Sous-traitant)/i,
  en: /(may|shall have the right to|has the right to|is entitled to) audit|(may|shall have the right to|has the right to|is entitled to) inspect[^.]{0,30}(books|records|premises|systems|accounts|facilities)|inspect (the |its |Contractor's |Supplier's )?(books|records|premises|systems)|access to (Contractor's|Supplier's|Consultant's|its) (premises|books|records|systems)/i,
};

/** Limits that make an audit clause ordinary. */
const LIMITS = {
  fr: [/préavis|prévenance|(\d+|quinze|trente|huit) jours (à l'avance|avant)/i, /une (seule )?fois par (an|année|exercice)|annuel/i, /heures (ouvrées|ouvrables)|jours ouvrés/i, /(aux )?frais du Client|à la charge du Client/i],
  en: [/(\d+|ten|fifteen|thirty)( \(\d+\))? (business |calendar )?days'? (prior )?(written )?notice|reasonable (prior )?(written )?notice|upon notice/i, /once (per|a|in any|every) (calendar )?(year|twelve|12)|annual/i, /(normal )?business hours/i, /at (its|Company's|Client's|Customer's) (own )?(cost|expense)/i],
};

export default defineCheck({
  id: 'OT-02',
  category: 'audit',
  severity: 'low',
  kind: 'risky',
  party: 'other-power',
  assess({ unit }, doc) {
    const next = doc.units[unit.index + 1];
    const scope = next ? `${unit.text} ${next.text}` : unit.text;
    const limits = LIMITS[unit.lang].map((re) => re.test(scope));
    const [notice, frequency] = limits;
    // Notice and a frequency limit are the minimum; with both, the clause is ordinary.
    if (notice && frequency) return null;
    return { params: { notice: !!notice, frequency_limited: !!frequency, limits_count: limits.filter(Boolean).length } };
  },
  fr: {
    triggers: [AUDIT.fr],
    text: {
      title: "Droit d'audit sans limites",
      explanation:
        "Le client peut auditer vos locaux, livres ou systèmes sans préavis ni limite de fréquence, éventuellement à vos frais : une charge imprévisible et une intrusion dans votre activité.",
      basis:
        "Pratique : un audit raisonnable est encadré (préavis, fréquence annuelle, heures ouvrées, périmètre limité au contrat, frais à la charge de celui qui le demande sauf manquement avéré).",
      suggestion:
        "« Le Client peut faire procéder, à ses frais, à un audit limité au respect du présent contrat, une fois par an au plus, moyennant un préavis écrit de quinze (15) jours, pendant les heures ouvrées. Les frais sont à la charge du Prestataire uniquement si l'audit révèle un manquement substantiel. »",
    },
    examples: {
      flagged: [
        "⟦Le Client pourra procéder à tout moment à des audits des moyens mis en œuvre par le Prestataire, aux frais de ce dernier.⟧",
        "Le Prestataire tient une comptabilité régulière. ⟦La Société dispose d'un droit d'audit permanent sur les systèmes et documents du Prestataire.⟧",
        "⟦Le Client aura accès à tout moment aux locaux du Prestataire pour vérifier la bonne exécution des prestations.⟧",
      ],
      clean: [
        "Le Client peut faire procéder à un audit une fois par an, moyennant un préavis de quinze jours, à ses frais.",
        "Chacune des Parties tient à la disposition de l'autre les justificatifs des sommes facturées.",
        "Le Prestataire pourra procéder à un audit de l'instance avant la mise en production.",
      ],
    },
  },
  en: {
    triggers: [AUDIT.en],
    text: {
      title: 'Unlimited audit rights',
      explanation:
        'The client may audit your premises, books or systems without notice or limit on frequency, possibly at your cost: an unpredictable burden and an intrusion into your business.',
      basis:
        'Practice: a reasonable audit clause has notice, an annual limit, business hours, a scope limited to contract compliance, and costs borne by the auditing party unless a material breach is found.',
      suggestion:
        '"Client may, at its own cost and on fifteen (15) days\' written notice, audit Contractor\'s records relating to this Agreement once per calendar year during business hours. Contractor bears the cost only if the audit reveals a material breach."',
    },
    examples: {
      flagged: [
        '⟦Company may audit Contractor\'s books, records and systems at any time, at Contractor\'s expense.⟧',
        'Supplier shall keep accurate records. ⟦Customer shall have the right to inspect Supplier\'s premises and records on demand.⟧',
        '⟦Client is entitled to audit the Consultant\'s compliance with this Agreement whenever it sees fit.⟧',
      ],
      clean: [
        'Client may audit Contractor\'s records relating to this Agreement once per calendar year, on thirty (30) days\' prior written notice, during normal business hours.',
        'Each party shall keep accurate records of amounts invoiced under this Agreement.',
        'Contractor may audit the configuration of the instance before go-live.',
      ],
    },
  },
});
