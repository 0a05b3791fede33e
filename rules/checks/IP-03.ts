import { defineCheck } from '../engine/check';

const CAPTURE = {
  fr: /(y compris|notamment|ainsi que|en ce compris) (les |ses |leurs )?(outils|méthodes|méthodologies|savoir-faire|bibliothèques|composants)|éléments préexistants|(outils|savoir-faire|méthodes)[^.]{0,40}(préexistants|antérieurs)|(tous|tout) (les )?développements? réalisés? pendant (toute )?la durée|(créations|œuvres|oeuvres|développements) futur(e)?s/i,
  en: /background (IP|intellectual property|technology|materials)|pre-?existing (materials|IP|intellectual property|works|tools|code|technology)|tools, know-how|know-how, (methodologies|methods|processes)|(conceived|developed|created|made)[^.]{0,60}during the (Term|term of this Agreement|engagement|period of)|relat(ed|ing) to (the )?(Company's|Client's|Customer's) business|whether or not (during working hours|in the course of)/i,
};

/** The user keeps background IP or only licenses it. */
const KEEPS = {
  fr: /^["«# ]{0,3}[A-Za-zÀ-ÿ' -]{1,60}["» ]{0,3} (désigne|signifie|s'entend)|(reste|demeure|restent|demeurent) (la )?(propriété|titulaire|propriétaire)|conserve (la propriété|ses droits|l'ensemble de ses droits|tous ses droits)|à l'exclusion des (outils|éléments|composants|développements) (préexistants|génériques)|exclus de la cession|licence (d'utilisation )?non exclusive/i,
  en: /\bretains?\b|remains? the (sole |exclusive )?property of (the )?(Contractor|Consultant|Supplier|Provider|Service Provider)|(excluding|except for) (any )?(Background|Pre-?existing)|(is|are) excluded from|non-exclusive,? [^.]{0,80}licen[cs]e|(do|does|will|shall) not (become|acquire|obtain) (the )?(owner|ownership)|^["“# ]{0,3}[\w -]{1,60}["” ]{0,3} means/i,
};

/** The unit transfers something (a heading or a cross-reference does not). */
const OWNERSHIP = {
  fr: /c[èe]de|cession|cédé|transf[ée]r|propriété|propriétaire|appartien/i,
  en: /assign|transfer|vest|\bown(s|ed|ership)?\b|property of|belong/i,
};

const FUTURE = /(créations|œuvres|oeuvres|développements) futur(e)?s|(tous|tout) (les )?développements? réalisés? pendant/i;

export default defineCheck({
  id: 'IP-03',
  category: 'intellectual-property',
  severity: 'high',
  kind: 'risky',
  party: 'user-bound',
  assess({ unit }) {
    const text = unit.text;
    const lang = unit.lang;
    if (!OWNERSHIP[lang].test(text)) return null;
    // Global assignment of future works is void in French law (CPI L131-1).
    const future = lang === 'fr' && FUTURE.test(text);
    const preexisting = /préexistant|antérieur|pre-?existing|background/i.test(text);
    return {
      illegal: future || undefined,
      params: { covers_preexisting: preexisting, future_works: future, covers_outside_scope: /business|pendant|during/i.test(text) },
    };
  },
  fr: {
    triggers: [CAPTURE.fr],
    unless: [KEEPS.fr],
    text: {
      title: 'Vos outils, savoir-faire ou œuvres futures captés',
      explanation:
        "La cession englobe vos outils, méthodes et composants préexistants, voire tout ce que vous créerez pendant le contrat : vous ne pourriez plus réutiliser votre propre boîte à outils chez d'autres clients.",
      basis:
        "La cession globale des œuvres futures est nulle (CPI L131-1) ; le prestataire conserve ses droits sur son propre cadre de travail (CA Paris, 13 déc. 2006, affaire Utac, rapportée par l'APP).",
      suggestion:
        "« Les éléments préexistants du Prestataire (outils, bibliothèques, méthodes, composants génériques), listés en annexe, restent sa propriété. Le Prestataire concède au Client une licence non exclusive, perpétuelle et gratuite de les utiliser avec les livrables. Seuls les développements spécifiques réalisés pour le Client sont cédés. »",
    },
    examples: {
      flagged: [
        "⟦La cession porte sur les livrables, y compris les outils, méthodes et savoir-faire utilisés par le Prestataire pour les réaliser.⟧",
        "Le Consultant intervient sur l'instance ServiceNow du Client. ⟦Le Consultant cède au Client tous les développements réalisés pendant la durée du contrat, y compris les créations futures.⟧",
        "⟦Le Prestataire cède également au Client les éléments préexistants intégrés aux livrables.⟧",
      ],
      clean: [
        "Les outils et savoir-faire préexistants du Prestataire restent sa propriété ; il concède au Client une licence non exclusive pour les utiliser avec les livrables.",
        "Le Prestataire cède au Client les droits sur les développements spécifiques décrits en annexe 1.",
        "Le Prestataire conserve la propriété des éléments préexistants et des composants génériques, qui sont exclus de la cession.",
      ],
    },
  },
  en: {
    triggers: [CAPTURE.en],
    unless: [KEEPS.en],
    text: {
      title: 'Your tools, know-how or future work captured',
      explanation:
        'The assignment sweeps in your pre-existing tools, methods and code, or anything you create during the term or related to the client\'s business: you could no longer reuse your own toolkit for other clients.',
      basis:
        'Freelance contract guides advise carving out pre-existing (background) IP. Under French law a global assignment of future works is void (CPI L131-1).',
      suggestion:
        '"Contractor\'s pre-existing materials, tools and know-how (Background IP), listed in Schedule 1, remain Contractor\'s property. Contractor grants Client a non-exclusive, perpetual, royalty-free licence to use Background IP as incorporated in the Deliverables."',
    },
    examples: {
      flagged: [
        '⟦Contractor assigns to Company all Deliverables together with any pre-existing materials incorporated in them.⟧',
        'Consultant will work on Company\'s customer service platform. ⟦Consultant assigns to Company all inventions conceived or developed by Consultant during the Term that relate to Company\'s business.⟧',
        '⟦All tools, know-how and methodologies used by Supplier in performing the Services shall become the property of Customer.⟧',
      ],
      clean: [
        'Contractor retains all rights in its pre-existing materials and grants Client a non-exclusive licence to use them with the Deliverables.',
        'Client will own the Deliverables described in the SOW.',
        'Background IP is excluded from this assignment and remains the property of Contractor.',
      ],
    },
  },
});
