import { defineCheck } from '../engine/check';
import type { Finding } from '../engine/types';

/** Signs that the contract is not negotiable (adhesion contract, C. civ. 1171). */
const ADHESION = {
  fr: [
    /conditions générales d'achat/i,
    /non (modifiables?|négociables?)/i,
    /(reconna[îi]t|déclare) avoir pris connaissance[^.]{0,80}(accepte|acceptées?) (sans réserve|expressément)/i,
    /accepte(r)? sans réserve/i,
    /contrat d'adhésion/i,
  ],
  en: [
    /standard (terms|terms and conditions) of (purchase|business)/i,
    /non-?negotiable/i,
    /take it or leave it/i,
    /by (using|accessing|clicking)[^.]{0,60}(you )?(agree|accept)/i,
    /accepts? [^.]{0,30}without (reservation|modification)/i,
  ],
};

/** Findings that record a one-sided clause: declared one-way, or whose parameters say it is not mutual. */
function isOneWay(f: Finding): boolean {
  if (f.check === 'UB-02' || f.dismissed || f.kind === 'missing') return false;
  return (
    f.kind === 'one-way' ||
    f.check === 'UB-01' ||
    f.params.mutual === false ||
    f.params.cap_mutual === false ||
    f.params.one_way_exclusion === true
  );
}

const MAX_ADHESION_POINTS = 2;

export default defineCheck({
  id: 'UB-02',
  category: 'unilateral-change',
  severity: 'medium',
  kind: 'one-way',
  party: 'any',
  thresholds: [
    {
      name: 'oneWayClausesMedium',
      default: 3,
      unit: 'count',
      label: { fr: 'Clauses à sens unique : déséquilibre global à partir de', en: 'One-way clauses: overall imbalance from' },
    },
    {
      name: 'oneWayClausesHigh',
      default: 5,
      unit: 'count',
      label: { fr: 'Clauses à sens unique : déséquilibre grave à partir de', en: 'One-way clauses: serious imbalance from' },
    },
  ],
  assessFindings(findings, doc) {
    // Distinct checks, so one noisy check firing on many sentences does not make a contract unbalanced alone.
    const oneWay = new Set(findings.filter(isOneWay).map((f) => f.check)).size;
    const markers = ADHESION[doc.lang].filter((re) => doc.mentions(re)).length;
    const count = oneWay + Math.min(markers, MAX_ADHESION_POINTS);
    const params = { one_way_count: oneWay, adhesion_markers: markers };
    if (count >= doc.threshold('oneWayClausesHigh')) return { severity: 'high', params };
    if (count >= doc.threshold('oneWayClausesMedium')) return { severity: 'medium', params };
    return null;
  },
  fr: {
    text: {
      title: 'Déséquilibre global du contrat',
      explanation:
        "Le contrat accumule les clauses qui ne jouent que dans un sens ({one_way_count} relevées) et présente des signes de contrat non négociable : pris ensemble, ces points créent un déséquilibre significatif.",
      basis:
        "Dans un contrat d'adhésion, une clause non négociable créant un déséquilibre significatif est réputée non écrite (C. civ. 1171) ; soumettre ou tenter de soumettre un partenaire à un déséquilibre significatif engage la responsabilité de son auteur (C. com. L442-1 I 2°). Conservez les échanges où vos demandes de modification ont été refusées.",
      suggestion:
        "« Nous proposons de rendre réciproques les clauses suivantes (résiliation, responsabilité, confidentialité, pénalités, cession du contrat), afin que nos engagements soient équilibrés. Vous trouverez en pièce jointe une version annotée. »",
    },
    examples: {
      flagged: [
        "Le Prestataire reconnaît avoir pris connaissance des présentes conditions et les accepte sans réserve. Le Prestataire s'engage à garantir le Client contre toute réclamation, de quelque nature que ce soit. La responsabilité du Client ne saurait excéder 500 €. Le Client se réserve le droit de modifier à tout moment le périmètre de la mission. Le Client pourra céder le présent contrat à toute société de son groupe sans l'accord du Prestataire.",
        "Les conditions générales d'achat de la Société sont non négociables. La Société se réserve le droit de modifier unilatéralement les tarifs. Le Consultant relèvera et garantira la Société de toute condamnation. En aucun cas la Société ne pourra être tenue responsable envers le Consultant. Le Consultant ne pourra céder le contrat, tandis que la Société pourra le céder librement.",
        "Le Sous-traitant s'engage à indemniser l'ESN de toutes les conséquences des réclamations du client final. L'ESN peut à tout moment modifier le planning de la mission. La responsabilité de l'ESN est plafonnée à 1 000 €. L'ESN pourra transférer le contrat à toute entité de son choix.",
      ],
      clean: [
        "Chacune des Parties peut résilier le contrat moyennant un préavis d'un mois. La responsabilité de chacune des Parties est limitée aux sommes facturées au cours des douze derniers mois. Toute modification du contrat fait l'objet d'un avenant signé par les deux Parties.",
        "Les Parties s'engagent réciproquement à garder confidentielles les informations échangées. Chacune des Parties garantit l'autre contre les réclamations de tiers résultant d'un manquement qui lui est imputable. Aucune Partie ne peut céder le contrat sans l'accord écrit de l'autre.",
        "Le Prestataire réalise la mission décrite en annexe. Le Client règle les factures à trente jours. Le contrat est régi par le droit français.",
      ],
    },
  },
  en: {
    text: {
      title: 'Overall imbalance of the contract',
      explanation:
        'The contract piles up clauses that only work one way ({one_way_count} found) and shows signs of being non-negotiable: taken together they create a significant imbalance.',
      basis:
        'In French law a non-negotiable term of an adhesion contract that creates a significant imbalance is deemed unwritten (C. civ. 1171), and subjecting a business partner to one engages liability (C. com. L442-1 I 2°). In the UK, exclusion clauses in standard terms must pass the UCTA 1977 reasonableness test. Keep the emails in which your change requests were refused.',
      suggestion:
        '"We propose making the following clauses mutual (termination, liability, confidentiality, penalties, assignment) so that our obligations are balanced. Please find attached a marked-up version."',
    },
    examples: {
      flagged: [
        "These are Company's standard terms and are non-negotiable. Contractor shall indemnify, defend and hold harmless Company from any and all claims arising out of or relating to the Services. In no event shall Company's liability exceed $500. Company may change the scope of the Services at any time. Company may assign this Agreement without Contractor's consent, but Contractor may not assign it.",
        "By using the Service you agree to these Terms. We may modify these Terms at any time without notice. You agree to indemnify and hold us harmless from any claim arising out of your use of the Service. Our total liability to you shall not exceed $100. In no event shall we be liable to you for any damages.",
        "Consultant shall defend and indemnify Client against all liabilities in connection with this Agreement. Client's aggregate liability shall not exceed $1,000. Client reserves the right to modify the fees at any time. Client may assign this Agreement to any affiliate.",
      ],
      clean: [
        "Either party may terminate this Agreement on thirty days' written notice. Each party's aggregate liability shall not exceed the fees paid in the prior twelve months. This Agreement may be amended only by a written amendment signed by both parties.",
        "Each party shall keep the other's Confidential Information confidential. Each party shall indemnify the other against third-party claims to the extent caused by its breach. Neither party may assign this Agreement without the other's prior written consent.",
        "Contractor will provide the services described in the SOW. Client will pay invoices within thirty days. This Agreement is governed by the laws of England and Wales.",
      ],
    },
  },
});
