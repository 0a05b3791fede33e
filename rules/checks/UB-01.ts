import { defineCheck } from '../engine/check';

const UNILATERAL = {
  fr: /(se réserve|se réservent|nous réservons) (le droit|la faculté|la possibilité) (de (modifier|changer|adapter|réviser|faire évoluer|compléter|mettre à jour)|d'apporter des (changements|modifications))|(est|sont) libres? de modifier|(sommes|est|sont) susceptibles? de (modifier|mettre à jour)|(pourra|peut)[^.]{0,40}\b(modifier|changer|faire évoluer|mettre à jour)\b[^.]{0,30}\b(les présentes|le présent contrat|les conditions|ses tarifs|les tarifs|ses prix|les prix|le périmètre|le service|les services|la plateforme|le site)\b|(les présentes|les conditions|le présent contrat)[^.]{0,40}(peuvent|pourront|sont susceptibles d'être) (être )?(modifiées|mises à jour|révisées|modifié)|(peu(ven)?t|pourront|pourra) être (modifiée?s?|révisée?s?|mises? à jour|complétée?s?) (à tout moment|unilatéralement|sans préavis|par (le Client|la Société|nous))|(pourra|peut|pourront) (à tout moment |unilatéralement )(modifier|changer|réviser)|conditions générales d'achat (du Client |de la Société )?(prévalent|prévaudront|s'appliquent (seules|en priorité))|dernière version (en ligne|en vigueur|publiée|disponible)|version (en vigueur|consultable) (sur|à l'adresse)/i,
  en: /(reserves? the right|may|can)[^.]{0,40}\b(amend|modify|change|update|revise|replace|supplement|eliminate)\b[^.]{0,30}\b(these|this|the|our|its|any|such) [^.]{0,20}\b(Terms|Agreements?|Policy|Policies|Rules|conditions|pricing|prices|fees|Services?|Platform|Site|content|Statement of Work|scope)\b|(reserves? the right to|may|can|will)[^.]{0,30}make (any )?changes,? to (these|this|the|our) (Terms|Agreements?|Policy|Policies|Rules|Services?|fees|prices)|the Services? (may|can) change|(these|this|the|our) (Terms|Agreement|User Agreement|policies|Policy|conditions)[^.]{0,40}(may|can) be (changed|amended|modified|updated|revised)|(posted|published) on (our|the|its) (website|site)[^.]{0,80}(binding|effective|apply|constitute)|(Company's|Customer's|Client's|our) (standard )?(purchase order )?(terms|terms and conditions) (shall )?(prevail|govern|control)|(amend|modify|change|update|revise)[^.]{0,40}at any time[^.]{0,30}(without|with or without) (prior )?notice/i,
};

/** Changes by signed amendment or by mutual agreement are fine. */
const AGREED = {
  fr: /avenant (écrit )?signé|d'un commun accord|accord (écrit |exprès )?(préalable )?des (deux )?Parties|accord exprès (et préalable )?du (Prestataire|Consultant)|signé par (les deux|chacune des) Parties|acceptation (écrite|expresse) du Prestataire/i,
  en: /signed by (both|each of the|authori[sz]ed representatives of both) parties|mutual (written )?(agreement|consent)|(written )?amendment signed|only (by|in) (a )?written (instrument|amendment|agreement)|agreed in writing by (both|the) parties/i,
};

/** A softer variant: notice and a right to walk away. */
const NOTICE_AND_EXIT = {
  fr: /préavis|(droit de|pourra) résilier|refuser (la|les) modification/i,
  en: /(\d+|thirty|fifteen|sixty) days'? (prior )?(written )?notice|(may|right to) terminate|(do not|don't) agree[^.]{0,60}(stop|terminate|cancel)/i,
};

export default defineCheck({
  id: 'UB-01',
  category: 'unilateral-change',
  severity: 'high',
  kind: 'risky',
  party: 'other-power',
  assess({ unit }) {
    const text = unit.text;
    const scope = /prix|tarif|price|fee|pricing/i.test(text)
      ? 'price'
      : /périmètre|scope|prestations|Services|planning|lieu/i.test(text)
        ? 'scope'
        : 'whole contract';
    const exit = NOTICE_AND_EXIT[unit.lang].test(text);
    return { severity: exit ? 'medium' : 'high', params: { scope, right_to_refuse_or_terminate: exit } };
  },
  fr: {
    triggers: [UNILATERAL.fr],
    unless: [AGREED.fr],
    text: {
      title: 'Modification unilatérale du contrat',
      explanation:
        "L'autre partie peut changer seule les conditions, le périmètre ou le prix, ou imposer ses propres conditions générales : ce que vous signez aujourd'hui peut ne plus être ce qui s'applique demain.",
      basis:
        "Un contrat ne peut être modifié que du consentement mutuel des parties (C. civ. 1193) ; soumettre un partenaire à une clause créant un déséquilibre significatif engage la responsabilité de son auteur (C. com. L442-1 I 2°).",
      suggestion:
        "« Toute modification du contrat, de son périmètre ou de ses prix fait l'objet d'un avenant écrit signé par les deux Parties. Toute demande de modification du périmètre donne lieu à un devis préalable du Prestataire. »",
    },
    examples: {
      flagged: [
        "⟦Le Client se réserve le droit de modifier à tout moment le périmètre et le planning de la mission.⟧",
        "⟦Les présentes conditions générales peuvent être modifiées à tout moment par la Société, la version applicable étant la dernière version en ligne.⟧",
        "Le contrat est conclu pour six mois. ⟦Les conditions générales d'achat du Client prévalent sur toute autre stipulation.⟧",
        "⟦Nous nous réservons le droit d'apporter des changements aux Services et aux présentes conditions à tout moment.⟧ Vous êtes soumis aux conditions en vigueur au moment de votre commande.",
      ],
      clean: [
        "Toute modification du présent contrat fera l'objet d'un avenant écrit signé par les deux Parties.",
        "Le périmètre de la mission pourra être modifié d'un commun accord entre les Parties, sur la base d'un devis préalable.",
        "Le Prestataire se réserve le droit de refuser toute modification du périmètre non chiffrée.",
      ],
    },
  },
  en: {
    triggers: [UNILATERAL.en],
    unless: [AGREED.en],
    text: {
      title: 'Unilateral changes to the contract',
      explanation:
        'The other side can change the terms, the scope or the price on its own, or impose its own standard terms: what you sign today may not be what applies tomorrow.',
      basis:
        'A contract may only be changed by mutual consent (French C. civ. 1193); imposing a significantly unbalanced term engages liability (C. com. L442-1 I 2°). Freelance guides list unilateral contract changes as a red flag.',
      suggestion:
        '"This Agreement, any SOW and the fees may be amended only by a written amendment signed by both parties. Any change in scope requested by Client will be quoted by Contractor before work begins."',
    },
    examples: {
      flagged: [
        '⟦We may modify these Terms at any time without prior notice.⟧',
        '⟦Company reserves the right to change the scope of the Services and the fees at its discretion.⟧',
        'This Agreement is effective on the date of signature. ⟦We may revise these Terms from time to time, and the revised version will be effective when posted on our website.⟧',
        '⟦The Company reserves the right, at its sole discretion, to change the fees payable for the Services.⟧',
      ],
      clean: [
        'This Agreement may be amended only by a written amendment signed by both parties.',
        'Any change to the scope of the Services shall be agreed in writing by both parties through a change order.',
        'Contractor may update the project schedule after consulting Client.',
      ],
    },
  },
});
