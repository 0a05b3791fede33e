import { defineCheck } from '../engine/check';

const RESTRICTION = {
  fr: /renonce (expressément |irrévocablement )?(à (exercer )?(son|ses|tout) droits? mora(l|ux)|à se prévaloir de son droit moral)|renonciation (au|à son|à tout) droit moral|(ne pourra|ne peut|s'interdit de|ne saurait)[^.]{0,40}\b(faire état|citer|mentionner|faire référence|utiliser le nom|se prévaloir)[^.]{0,80}(Client|Société|référence|mission|nom)|interdiction de (citer|mentionner|faire état)/i,
  en: /waives? (any and all |all |any )?(of (its|his|her|their|your) )?moral rights|moral rights waiver|(shall|may|will) not (use|include|display|publici[sz]e|refer to)[^.]{0,60}(portfolio|reference|publicity|marketing|name|logo)|shall not (publicly )?(disclose|announce) (the existence of|its relationship)/i,
};

/** Attribution and references are allowed after all, or the ban is only about confidential details. */
const ALLOWED = {
  fr: /pourra (librement )?(citer|mentionner|faire état)|est autorisée? à (citer|mentionner)|sauf (à titre de référence|pour (la |une )?mention)/i,
  en: /may (list|name|identify|use) [^.]{0,40}(as a (client|customer|reference)|in (its|his|her) portfolio)|except (for|that) [^.]{0,60}(portfolio|reference|client list)/i,
};

export default defineCheck({
  id: 'IP-04',
  category: 'intellectual-property',
  severity: 'low',
  kind: 'risky',
  party: 'user-bound',
  assess({ unit }) {
    const waiver = /moral/i.test(unit.text);
    return { params: { moral_rights_waiver: waiver, reference_allowed: false } };
  },
  fr: {
    triggers: [RESTRICTION.fr],
    unless: [ALLOWED.fr],
    text: {
      title: 'Renonciation au droit moral ou interdiction de référence',
      explanation:
        "Vous renoncez à être cité comme auteur ou ne pouvez pas mentionner ce client dans vos références : vous perdez une preuve d'expérience utile pour vos prochaines missions.",
      basis:
        "Le droit moral de l'auteur est perpétuel, inaliénable et imprescriptible (CPI L121-1) : une renonciation est sans effet en France ; pour le logiciel, il est réduit (CPI L121-7). L'interdiction de citer le client comme référence a surtout un impact commercial.",
      suggestion:
        "« Le Prestataire pourra mentionner le nom du Client et une description non confidentielle de la mission à titre de référence commerciale, sauf opposition écrite et motivée du Client. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire renonce expressément à son droit moral sur les livrables.⟧",
        "⟦Le Consultant s'interdit de faire état de sa mission auprès du Client dans ses références commerciales.⟧",
        "Les livrables restent confidentiels. ⟦Le Prestataire ne pourra en aucun cas citer le nom du Client à titre de référence.⟧",
      ],
      clean: [
        "Le Prestataire pourra citer le nom du Client à titre de référence commerciale.",
        "Le Prestataire est autorisé à mentionner la mission dans son portfolio, sans révéler d'information confidentielle.",
        "Le nom du Prestataire figurera dans les crédits du site.",
        "Le Prestataire s'interdit de solliciter ou d'embaucher tout membre du personnel du Client pendant douze mois.",
      ],
    },
  },
  en: {
    triggers: [RESTRICTION.en],
    unless: [ALLOWED.en],
    text: {
      title: 'Moral rights waiver or no portfolio use',
      explanation:
        'You give up attribution or may not mention this client or the work in your portfolio: you lose evidence of experience for future engagements.',
      basis:
        'In France the author\'s moral right is perpetual and inalienable (CPI L121-1), so a waiver has no effect there; for software it is reduced (CPI L121-7). A ban on references is mainly a commercial issue.',
      suggestion:
        '"Contractor may identify Client as a customer and describe the non-confidential nature of the Services in its portfolio and marketing materials, unless Client objects in writing."',
    },
    examples: {
      flagged: [
        '⟦Contractor hereby waives all moral rights in the Deliverables.⟧',
        '⟦Consultant shall not use the Company\'s name or logo, or any work product, in its portfolio or marketing materials.⟧',
        'All Deliverables are confidential. ⟦Contractor shall not publicly disclose the existence of this Agreement.⟧',
      ],
      clean: [
        'Contractor may list Client as a customer in its portfolio.',
        'Contractor may display the Deliverables in its portfolio after public launch.',
        'Client shall credit Contractor as the designer of the website.',
      ],
    },
  },
});
