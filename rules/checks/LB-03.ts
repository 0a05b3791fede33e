import { defineCheck } from '../engine/check';

const INDEMNITY = {
  fr: /(relever et )?garanti(r|ra|t|ssent) (intégralement )?(le Client|la Société|l'ESN|le Donneur d'ordre|le Bénéficiaire)[^.]{0,40}contre (toute|tous|l'ensemble)|rel[eè]ve(r|ra|nt)? et garanti(r|ra|t|ssent)|tenir (le Client|la Société|l'ESN)? ?indemne|indemnis(er|era|ent) (le Client|la Société|l'ESN|le Donneur d'ordre)[^.]{0,30}de (toute|tous|l'ensemble|toutes)|garantie à première demande|(s'engage|s'engagent|vous engagez) à (indemniser|garantir|défendre|relever)[^.]{0,80}(contre|de) (toute|tous|toutes|l'ensemble)/i,
  en: /indemnify(,)? (and )?(defend|hold)|defend(,)? (and )?indemnify|hold (\w+ )?harmless|indemnify (and keep indemnified )?(the )?(Company|Client|Customer|us|Principal)\b/i,
};

/** Limited to the indemnifying party's own fault. */
const FAULT = {
  fr: /(résultant|découlant|du fait|causée?s?|imputables?)[^.]{0,40}(faute|manquement|négligence|violation)|fondée? sur une contrefaçon/i,
  en: /(caused by|resulting from|results? from|arising (out of|from)|arises? (out of|from)|to the extent (of|caused by))[^.]{0,50}(breach|negligen|wil(l)?ful misconduct|fraud|infring)/i,
};

/** "arising out of or relating to this Agreement / the Services / your use": not fault-based even if "breach" follows. */
const BROAD = {
  fr: /de quelque nature que ce soit|toute conséquence|à quelque titre que ce soit|liée? (directement ou indirectement )?(à|aux) (l'exécution|la mission|les prestations)/i,
  en: /any and all|arising (out of|from) or (relating|related) to|in (any way )?connection with (this Agreement|the Services|your use)|your use of/i,
};

const IP_CLAIMS = { fr: /propriété intellectuelle|contrefaçon/i, en: /intellectual property|infring/i };
const THIRD_PARTY = { fr: /tiers/i, en: /third[- ]part(y|ies)|(someone|any person|a person) other than/i };
const CAPPED = {
  fr: /dans la limite (du plafond|de la limitation)|sous réserve (de la limitation|du plafond)/i,
  en: /subject to (the )?(limitations?|cap)|within the (liability )?cap/i,
};

export default defineCheck({
  id: 'LB-03',
  category: 'indemnity',
  severity: 'high',
  kind: 'one-way',
  party: 'user-bound',
  // The engine drops mutual units and mirrored indemnities (kind 'one-way'); what is left binds the user alone.
  assess({ unit }) {
    const text = unit.text;
    const lang = unit.lang;
    const faultBased = FAULT[lang].test(text) && !BROAD[lang].test(text);
    const thirdPartyOnly = THIRD_PARTY[lang].test(text);
    const capped = CAPPED[lang].test(text);
    const params = { mutual: false, fault_based: faultBased, capped, third_party_only: thirdPartyOnly };
    // The balanced near miss: third-party claims caused by the user's own breach, or within the cap.
    if (faultBased && (thirdPartyOnly || capped)) return null;
    // An IP-infringement warranty is customary; it is worth narrowing, not a top risk.
    const ipOnly = IP_CLAIMS[lang].test(text);
    return { severity: faultBased || ipOnly ? 'medium' : 'high', params: { ...params, ip_indemnity_scope: ipOnly } };
  },
  fr: {
    triggers: [INDEMNITY.fr],
    // "L'obligation de garantie survivra…" restates an indemnity, it does not grant one.
    unless: [/survi(vra|t|vront|vent)\b/i],
    text: {
      title: 'Garantie (indemnisation) unilatérale et illimitée',
      explanation:
        "Vous devez couvrir le client contre toute réclamation, même sans faute de votre part, sans plafond et sans réciprocité : une garantie fonctionne comme une dette et contourne la limitation de responsabilité.",
      basis:
        "Usage : les guides freelance classent la garantie illimitée et unilatérale parmi les premiers signaux d'alerte ; une garantie fonctionne comme une dette et échappe aux règles de prévisibilité et de limitation du préjudice. Pratique équilibrée : garantie réciproque, limitée aux réclamations de tiers causées par la faute de la partie garante, dans le plafond de responsabilité.",
      suggestion:
        "« Chacune des Parties garantit l'autre contre les réclamations de tiers résultant directement d'un manquement qui lui est imputable, dans la limite du plafond de responsabilité prévu au contrat. La garantie de propriété intellectuelle du Prestataire porte sur les livrables tels que livrés, à l'exclusion des éléments fournis par le Client. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire s'engage à garantir le Client contre toute réclamation, action ou recours de tiers, de quelque nature que ce soit, liée à l'exécution de la mission.⟧",
        "⟦Le Consultant relèvera et garantira la Société de toutes condamnations prononcées à son encontre, en principal, intérêts et frais.⟧",
        "Le Sous-traitant exécute la mission en toute indépendance. ⟦Le Sous-traitant s'engage à indemniser l'ESN de toutes les conséquences financières des réclamations du client final, à première demande.⟧",
        "⟦Vous vous engagez à indemniser, défendre et garantir la plateforme contre toute réclamation liée à votre utilisation du service, y compris les frais d'avocat.⟧",
      ],
      clean: [
        "Chacune des Parties garantit l'autre contre les réclamations de tiers résultant directement d'un manquement qui lui est imputable.",
        "Le Prestataire garantit le Client contre toute action de tiers fondée sur une contrefaçon résultant des livrables tels que livrés, dans la limite du plafond de responsabilité.",
        "Le Client garantit le Prestataire contre toute réclamation relative aux contenus qu'il fournit.",
      ],
    },
  },
  en: {
    triggers: [INDEMNITY.en],
    unless: [/\bsurviv(e|es|al)\b/i],
    text: {
      title: 'One-way, unlimited indemnity',
      explanation:
        'You must cover the other side against any claim, even where you are not at fault, with no cap and nothing in return: an indemnity works like a debt and bypasses the liability cap.',
      basis:
        'Indemnities operate like a debt and can bypass remoteness and mitigation; freelance guides list an unlimited, one-way indemnity as a top red flag. Balanced practice: mutual, limited to third-party claims caused by the indemnifying party\'s breach or negligence, within the liability cap.',
      suggestion:
        '"Each party shall indemnify the other against third-party claims to the extent caused by its breach of this Agreement or its negligence, subject to the limitation of liability. Contractor\'s IP indemnity is limited to the Deliverables as delivered and excludes materials supplied by Client."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall indemnify, defend and hold harmless Company and its affiliates from and against any and all claims, losses and expenses, including reasonable attorneys\' fees, arising out of or relating to the Services.⟧',
        '⟦You agree to indemnify and hold us harmless from any claim or demand arising out of your use of the Service.⟧',
        'Consultant is an independent contractor. ⟦Consultant will defend and indemnify Client against all liabilities in connection with this Agreement, regardless of fault.⟧',
      ],
      clean: [
        "Each party shall indemnify the other against third-party claims to the extent caused by its breach of this Agreement.",
        'Contractor shall indemnify Client against third-party claims to the extent resulting from Contractor\'s gross negligence, subject to the limitations of liability in Section 9.',
        'Company shall indemnify and hold Contractor harmless from any claim arising from materials supplied by Company.',
      ],
    },
  },
});
