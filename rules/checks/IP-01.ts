import { defineCheck } from '../engine/check';
import { territory } from '../engine/extract';

const GLOBAL_ASSIGNMENT = {
  fr: /c[èe]de(ra|nt)? (au Client |à la Société |à l'ESN )?(à titre exclusif )?(l'ensemble|la totalité|tous|l'intégralité) (de )?(ses |des |les )?droits|cession (globale|de l'ensemble|de la totalité|de tous les droits)|tous (les )?droits de propriété intellectuelle[^.]{0,60}(cédés|transférés|appartiendront (au|à la|à l'))|pour le monde entier et pour (toute )?la durée (légale )?(de protection )?des droits|l'intégralité des droits (patrimoniaux|d'exploitation)|procédés? (connus ou inconnus|inconnus à ce jour)/i,
  en: /works? made for hire|(assigns?|transfers?|shall assign|agrees to assign)[^.]{0,60}all (of (its|his|her|their) )?(right, title and interest|rights?,? title,? and interest|intellectual property)[^.]{0,20} (in|to) (and to )?(any and all|all|any|anything|everything)\b|(assigns?|transfers?)[^.]{0,60}all intellectual property (in|to) (anything|everything|any work)|worldwide, perpetual, irrevocable[^.]{0,40}(assign|transfer)/i,
};

/** The rights named one by one, as CPI L131-3 asks. */
const RIGHTS = {
  fr: /reproduction|représentation|adaptation|traduction|distribution|diffusion|commercialisation|modification|exploitation/gi,
  en: /reproduc|distribut|display|perform|modif|adapt|translat/gi,
};

/** Limited to the deliverables of this contract, or with a stated purpose. */
const DELIMITED = {
  fr: /(destination|pour les besoins|aux fins|usage interne)|livrables? (définis|décrits|listés|identifiés)/i,
  en: /Deliverables? (described|listed|identified|specified) in|(solely|only) (to|in) the (Deliverables|Work Product) (described|created|delivered) under|for (the )?purpose of/i,
};

export default defineCheck({
  id: 'IP-01',
  category: 'intellectual-property',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  assess({ unit }) {
    const text = unit.text;
    const lang = unit.lang;
    const rights = new Set((text.match(RIGHTS[lang]) ?? []).map((r) => r.toLowerCase()));
    const delimited = DELIMITED[lang].test(text);
    const params = { rights_listed: rights.size, purpose: delimited, territory: territory(text, lang) };
    // Work made for hire, and unforeseen forms of exploitation (CPI L131-6), are never delimited enough.
    const wmfh = /made for hire|work for hire|inconnus/i.test(text);
    if (!wmfh && rights.size >= 2 && delimited) return null;
    if (!wmfh && lang === 'en' && delimited) return null;
    return { params };
  },
  fr: {
    triggers: [GLOBAL_ASSIGNMENT.fr],
    text: {
      title: 'Cession de droits globale et imprécise',
      explanation:
        "Vous cédez « tous vos droits » sans liste des droits, des supports, ni de la destination : la cession est plus large que la mission et, par ailleurs, juridiquement fragile pour le client lui-même.",
      basis:
        "CPI L131-3 : chaque droit cédé doit faire l'objet d'une mention distincte, avec son étendue, sa destination, son lieu et sa durée (formalisme appliqué strictement surtout aux contrats d'édition, de représentation et audiovisuels) ; une cession s'interprète restrictivement en faveur de l'auteur (CPI L122-7). Pour un logiciel, le prix peut être forfaitaire (CPI L131-4).",
      suggestion:
        "« Sous réserve du paiement intégral du prix, le Prestataire cède au Client, pour les livrables listés en annexe, les droits de reproduction, de représentation, d'adaptation et de traduction, pour les besoins internes du Client, pour le monde entier et pour la durée légale des droits. Le prix de cette cession est inclus dans le prix de la mission. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire cède au Client l'ensemble de ses droits de propriété intellectuelle sur tous les travaux réalisés.⟧",
        "Le Consultant remettra les sources à la fin de chaque sprint. ⟦Tous les droits de propriété intellectuelle afférents aux développements sont cédés au Client, pour le monde entier et pour toute la durée des droits.⟧",
        "⟦Le Sous-traitant cède à titre exclusif la totalité des droits patrimoniaux sur les créations réalisées dans le cadre de la mission.⟧",
        "⟦Le Prestataire concède au Client une licence exclusive portant sur l'intégralité des droits patrimoniaux, pour tous procédés connus ou inconnus à ce jour.⟧",
      ],
      clean: [
        "Le Prestataire cède au Client, pour les livrables listés en annexe 1, les droits de reproduction, de représentation et d'adaptation, pour les besoins internes du Client.",
        "Le Client dispose d'une licence non exclusive d'utilisation des livrables pour ses besoins internes.",
        "Le Prestataire reste titulaire des droits sur ses outils et bibliothèques préexistants.",
      ],
    },
  },
  en: {
    triggers: [GLOBAL_ASSIGNMENT.en],
    text: {
      title: 'Vague, global IP assignment',
      explanation:
        'You hand over "all right, title and interest" with no list of deliverables or purpose, or as "work made for hire": the transfer is wider than the engagement and, for US individuals, work-for-hire wording can have employment side effects.',
      basis:
        'US: work made for hire applies to contractors only for nine statutory categories with a written agreement; in California a work-for-hire clause with an individual contractor can make them a statutory employee (Lab. Code 3351.5(c)). France: each right assigned must be stated with its scope, purpose, place and duration (CPI L131-3).',
      suggestion:
        '"Upon full payment, Contractor assigns to Client all copyright in the Deliverables listed in the SOW, for use in Client\'s business. Contractor retains its pre-existing materials and general know-how."',
    },
    examples: {
      flagged: [
        '⟦All work product created by Contractor shall be deemed "work made for hire" and owned exclusively by Company.⟧',
        'Consultant will deliver source code monthly. ⟦Consultant hereby assigns to Company all right, title and interest in and to any and all inventions, works and materials conceived or made by Consultant.⟧',
        '⟦Contractor agrees to assign all intellectual property in anything it creates for Company, worldwide and in perpetuity.⟧',
      ],
      clean: [
        'Contractor assigns to Client all right, title and interest in the Deliverables described in the applicable SOW.',
        'Company receives a non-exclusive licence to use the Deliverables for its internal business purposes.',
        'Contractor retains ownership of its pre-existing tools and grants Client a licence to use them with the Deliverables.',
      ],
    },
  },
});
