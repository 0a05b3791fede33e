import { defineCheck } from '../engine/check';
import { referencesOtherTerms } from './LB-01';

export default defineCheck({
  id: 'OT-05',
  category: 'force-majeure',
  severity: 'low',
  kind: 'missing',
  party: 'any',
  // The clause protects the one who performs: the provider.
  appliesTo: (doc) => doc.role === 'provider' && !referencesOtherTerms(doc),
  fr: {
    present: [/force majeure|cas fortuit|maladie|indisponibilité|incapacité (temporaire|de travail)|arrêt de travail/i],
    text: {
      title: 'Ni force majeure ni maladie prévues',
      explanation:
        "Rien ne suspend vos obligations ni vos délais si un événement imprévisible ou une maladie vous empêche de travailler : un arrêt de quelques semaines pourrait être traité comme un manquement.",
      basis:
        "La force majeure est définie par l'article 1218 du Code civil ; les guides freelance conseillent de vérifier que la maladie du prestataire est couverte par le contrat.",
      suggestion:
        "« En cas de force majeure au sens de l'article 1218 du Code civil ou d'incapacité du Prestataire dûment notifiée (maladie, accident), les obligations et délais sont suspendus. Si l'empêchement dure plus de trente (30) jours, chaque Partie peut résilier le contrat sans indemnité, les prestations réalisées restant dues. »",
    },
    examples: {
      flagged: [
        "Le Prestataire réalise la mission de développement décrite en annexe. Les livrables sont remis selon le planning convenu. Le Client règle les factures à trente jours.",
        "Article 1 - Objet. Le Consultant assure le pilotage du projet. Article 2 - Durée. Le contrat est conclu pour six mois. Article 3 - Prix. Le TJM est de 700 € HT.",
        "Le Sous-traitant intervient dans les locaux du client final trois jours par semaine. Tout retard de livraison donne lieu à des pénalités. Le contrat est régi par le droit français.",
      ],
      clean: [
        "Le Prestataire réalise la mission décrite en annexe. Aucune Partie n'est responsable d'un manquement dû à un cas de force majeure. Le Client règle les factures à trente jours.",
        "Le Consultant assure le pilotage du projet. En cas de maladie dûment justifiée, les délais sont suspendus. Le contrat est conclu pour six mois.",
        "Le Prestataire réalise la mission. Toute indisponibilité du Prestataire de plus de cinq jours est notifiée au Client. Les Parties conviennent alors d'un nouveau planning.",
      ],
    },
  },
  en: {
    present: [/force majeure|acts? of God|illness|incapacity|events? (or circumstances )?beyond (its|their|the|a) (party's )?(reasonable )?control|beyond (its|their) reasonable control/i],
    text: {
      title: 'No force majeure or illness clause',
      explanation:
        'Nothing suspends your obligations or deadlines if an unforeseeable event or an illness stops you from working: a few weeks off sick could be treated as a breach.',
      basis:
        'Force majeure is defined in French law by C. civ. art. 1218; in English-language contracts relief usually depends on an express clause (practice). Freelance guides advise checking that illness is covered.',
      suggestion:
        '"Neither party is liable for a delay or failure caused by events beyond its reasonable control, including Contractor\'s illness or incapacity notified promptly; deadlines are extended accordingly. If the event lasts more than thirty (30) days, either party may terminate without penalty, and work performed remains payable."',
    },
    examples: {
      flagged: [
        'Contractor will build the web application described in the SOW. Deliverables will be provided according to the agreed schedule. Client will pay invoices within thirty days.',
        'Consultant will lead the ServiceNow upgrade project. The engagement runs for six months from the Effective Date. The day rate is $900.',
        'Supplier shall deliver each milestone on time. Late delivery gives rise to liquidated damages. This Agreement is governed by the laws of the State of New York.',
      ],
      clean: [
        'Contractor will build the web application described in the SOW. Neither party is liable for failure to perform caused by force majeure. Client will pay invoices within thirty days.',
        'Consultant will lead the upgrade project. If Consultant is unable to work due to illness, deadlines are extended accordingly. The engagement runs for six months.',
        'Supplier shall deliver each milestone on time. Neither party is liable for delays caused by events beyond its reasonable control. This Agreement is governed by the laws of England.',
      ],
    },
  },
});
