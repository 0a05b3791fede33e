import { defineCheck, type Actor, type DocView, type UnitView } from '../engine/check';
import { feeMultiples, hasCarveOut, money } from '../engine/extract';
import { roleOfName } from '../engine/parties';

/** The user is exposed without limit ("responsabilité illimitée", "liable for all losses"). */
const UNLIMITED = {
  fr: /responsabilité (civile )?(est |sera |demeure )?illimitée|((pleine et )?entière responsabilité|(entièrement|intégralement) responsables?) (de|des) (tous (les )?|l'ensemble des |l'intégralité des )?(dommages|préjudices|conséquences|pertes)|l'intégralité (du|des) préjudices?|sans (aucune )?limitation (de montant|de plafond|de sa responsabilité)|sans plafond/i,
  en: /unlimited liability|liability (shall be |is |will be )?unlimited|liable for (any and )?all (losses|damages|claims|costs)|without (any )?limitation as to (amount|quantum)|no (cap|limit) on (its|the Contractor's|Contractor's|your) liability/i,
};

/** A cap on someone's liability; capOwner tells whose. */
const CAP = {
  fr: /responsabilit[^.]{0,120}(limitée (à|aux|au)|plafonnée|ne (saurait|pourra|peut) (en aucun cas )?(excéder|dépasser)|dans la limite d)/i,
  en: /liabilit(y|ies)[^.]{0,120}((shall|will|does|do) not|in no event) exceed|in no event (shall|will) [^.]{0,80}liabilit[^.]{0,250}exceed|(any |all )?claims? against (us|the Company|Company)[^.]{0,60}(shall|will) (be limited to|not exceed)|liabilit(y|ies)[^.]{0,60}(is|are|shall be|will be) limited to|(cap|limit) on (its|our|their|the Company's|Company's|the Client's|Client's) liability/i,
};

/**
 * Whose liability a cap limits: "Company's aggregate liability", "la responsabilité du Client", "our
 * liability". Possessives are not grammatical subjects, so the unit's actor alone cannot tell.
 */
const OWNER = {
  fr: /(notre|votre|sa|leur) responsabilité|responsabilité (?:totale |globale |cumulée |maximale |contractuelle )*(?:du |de la |de l'|des |de )(parties [\p{L}-]+|[\p{L}-]+(?: final)?)/iu,
  en: /claims? against (us)\b|\b(our|your|its|their|his|her) (?:total |aggregate |cumulative |collective |combined |entire |maximum |overall |sole )*liabilit|([\p{L}-]+)'s? (?:total |aggregate |cumulative |collective |combined |entire |maximum |overall |sole )*liabilit|liabilit(?:y|ies) of (?:the )?([\p{L}-]+)/iu,
};

function sideOf(word: string, unit: UnitView, doc: DocView): Actor {
  // "la responsabilité des Parties WTTJ": a group named after one side, not both parties.
  const w = word.toLowerCase().replace(/^parties (?=\S)/, '');
  if (w === 'our' || w === 'us' || w === 'notre') return 'other';
  if (w === 'your' || w === 'votre') return 'user';
  if (['its', 'their', 'his', 'her', 'sa', 'leur'].includes(w)) return unit.actor;
  if (w === 'party' || w === 'parties' || w === 'partie' || w === 'each' || w === 'either') return 'mutual';
  const role = roleOfName(w) ?? doc.parties.find((p) => p.name.toLowerCase().endsWith(w))?.role ?? null;
  if (!role) return unit.actor;
  return role === doc.role ? 'user' : 'other';
}

/** The side whose liability the unit's cap protects. */
function capOwner(unit: UnitView, doc: DocView): Actor {
  if (unit.actor === 'mutual') return 'mutual';
  const m = OWNER[unit.lang].exec(unit.text);
  if (!m) return unit.actor;
  return sideOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '', unit, doc);
}

/**
 * The document incorporates other terms (standard terms, master agreement, general terms of sale): a protection
 * missing here may sit there, so absence checks stay silent rather than guess (catalog §0: absence checks read
 * the referenced terms too, which the engine cannot see).
 */
const OTHER_TERMS =
  /Standard Terms|incorporat\w* (herein )?by reference|\bthis (Order Form|Statement of Work|SOW|Amendment|Addendum|Cover Page|Letter of Intent)\b|subject to the terms (and conditions )?of the [\w ]{0,30}Agreement|Master [\w ]{0,20}Agreement|conditions particulières|(aux|des|les) conditions générales(?! (sont|s'appliquent))|présent (devis|bon de commande)/i;

/** A statement of work, order form or amendment hangs off a main contract. */
const SUBORDINATE_TITLE = /^\W*(statement of work|order form|amendment|addendum|bon de commande|avenant|devis|conditions particulières)\b/i;

export function referencesOtherTerms(doc: DocView): boolean {
  return doc.mentions(OTHER_TERMS) || SUBORDINATE_TITLE.test(doc.text.slice(0, 200));
}

/** Who a cap protects, reading an unnamed owner as the other side when the user is a service's client. */
function effectiveOwner(unit: UnitView, doc: DocView): Actor {
  const found = capOwner(unit, doc);
  return found === 'unknown' && doc.role === 'client' ? 'other' : found;
}

/** Per document (units array): whether some cap protects the user or both sides. Cached: assess runs per unit. */
const userCapped = new WeakMap<readonly UnitView[], boolean>();
function hasUserCap(doc: DocView): boolean {
  let v = userCapped.get(doc.units);
  if (v === undefined) {
    v = doc.units.some((u) => CAP[u.lang].test(u.text) && effectiveOwner(u, doc) !== 'other');
    userCapped.set(doc.units, v);
  }
  return v;
}

/** "Sous sa seule et entière responsabilité" means independence, not an uncapped exposure. */
const INDEPENDENCE = /sous (sa|son|leur) (propre |seule )?(et )?(seule et )?entière responsabilité/i;

export default defineCheck({
  id: 'LB-01',
  category: 'liability',
  severity: 'high',
  kind: 'missing',
  // 'any': the clause triggers cover both the user's unlimited exposure and a cap protecting only the other side;
  // assess sorts them out by actor.
  party: 'any',
  thresholds: [
    {
      name: 'liabilityCapMaxMonths',
      default: 24,
      unit: 'months',
      label: {
        fr: 'Plafond de responsabilité acceptable (mois de facturation)',
        en: 'Acceptable liability cap (months of fees)',
      },
    },
  ],
  // A missing cap on the other side's liability is no harm to the user: the absence test is the provider's.
  appliesTo: (doc) => doc.role === 'provider' && !referencesOtherTerms(doc),
  assess({ unit }, doc) {
    const text = unit.text;
    const lang = unit.lang;
    const multiple = feeMultiples(text, lang)[0]?.months ?? null;
    const amount = money(text)[0]?.amount ?? null;
    const params = { cap_amount: amount, cap_multiple: multiple, carve_outs: hasCarveOut(text, lang) };
    if (UNLIMITED[lang].test(text) && !(lang === 'fr' && INDEPENDENCE.test(text))) {
      if (unit.actor === 'user' || (unit.actor === 'unknown' && doc.role === 'provider')) return { severity: 'high', params: { ...params, cap_mutual: null } };
    }
    if (!CAP[lang].test(text)) return null;
    const owner = effectiveOwner(unit, doc);
    // A cap that protects only the other side leaves the user's own liability unlimited.
    if (owner === 'other') {
      return hasUserCap(doc) ? null : { severity: 'high', params: { ...params, cap_mutual: false } };
    }
    // A cap that protects the user but is set too high barely limits anything.
    if ((owner === 'user' || owner === 'mutual') && multiple !== null && multiple > doc.threshold('liabilityCapMaxMonths')) {
      return { severity: 'medium', params: { ...params, cap_mutual: owner === 'mutual' } };
    }
    return null;
  },
  fr: {
    triggers: [UNLIMITED.fr, CAP.fr],
    present: [
      /responsabilit[^.]{0,150}(limitée|plafonnée|ne (saurait|pourra|peut) (en aucun cas )?(excéder|dépasser)|dans la limite d)/i,
      /plafond (de responsabilité|d'indemnisation|de garantie)|limitation de (la )?responsabilité/i,
    ],
    text: {
      title: 'Responsabilité illimitée',
      explanation:
        "Rien ne plafonne votre responsabilité (ou seul le client bénéficie d'un plafond) : une seule erreur, par exemple une panne de production, peut vous coûter bien plus que tout ce que la mission vous rapporte.",
      basis:
        "Usage du marché : plafond égal aux sommes facturées ou au prix du contrat. Entre professionnels, les clauses limitatives sont valables sauf faute lourde ou dol et sauf si elles vident une obligation essentielle de sa substance (C. civ. 1170 ; Cass. com. 29 juin 2010, Faurecia) ; à défaut, seuls les dommages prévisibles sont dus (C. civ. 1231-3).",
      suggestion:
        "« La responsabilité de chacune des Parties au titre du présent contrat est limitée, tous préjudices confondus, au montant des sommes facturées au cours des douze (12) derniers mois précédant le fait générateur. Cette limitation ne s'applique pas en cas de faute lourde ou dolosive, ni aux dommages corporels. »",
    },
    examples: {
      flagged: [
        "Le Prestataire réalise la mission d'intégration ServiceNow décrite en annexe. Le Client règle les factures à trente jours date de facture. Le Prestataire répare tout dommage causé au Client par un manquement à ses obligations.",
        "Article 1 - Objet. Le présent contrat a pour objet une mission d'assistance technique en régie. Article 2 - Prix. Le TJM est fixé à 650 € HT. Article 3 - Responsabilité. Le Consultant est tenu de réparer les conséquences de ses fautes dans les conditions du droit commun.",
        "Le Prestataire exécute la mission avec diligence. ⟦Le Prestataire est entièrement responsable de tous les dommages causés au Client ou aux tiers, quelle qu'en soit la nature.⟧",
        "Le Prestataire s'engage à exécuter la mission avec diligence. ⟦En tout état de cause, la responsabilité du Client ne saurait excéder la somme de 1 000 € HT.⟧",
        "⟦Le Sous-traitant indemnisera la Société de l'intégralité du préjudice subi du fait de l'inexécution de ses obligations.⟧",
      ],
      clean: [
        "Le Prestataire réalise la mission décrite en annexe. Le Client règle les factures à trente jours. La responsabilité de chacune des Parties est limitée, tous préjudices confondus, au montant des sommes facturées au cours des douze (12) derniers mois.",
        "Article 7 - Responsabilité. La responsabilité totale du Prestataire est plafonnée au montant HT de la commande concernée. Cette limitation ne s'applique pas en cas de faute lourde ou dolosive. Article 8 - Durée. Le contrat prend effet à sa signature.",
        "Le Consultant exécute la mission sous sa seule et entière responsabilité, en toute indépendance. La responsabilité de chaque Partie ne saurait excéder les sommes versées au titre du contrat. Le contrat est conclu pour six mois.",
      ],
    },
  },
  en: {
    triggers: [UNLIMITED.en, CAP.en],
    present: [
      /limitation (of|on) liability|limitations of liability|liability cap|cap on (its |their |our )?liability|aggregate liability/i,
      /liabilit(y|ies)[^.]{0,150}((shall|will|does|do) not|in no event) exceed|liabilit(y|ies)[^.]{0,80}limited to/i,
    ],
    text: {
      title: 'Unlimited liability',
      explanation:
        'Nothing caps your liability (or only the other side gets a cap): a single mistake, such as a production outage, could cost you far more than the whole engagement pays.',
      basis:
        "Market standard: liability capped at the fees paid or the contract value. Under French law limitation clauses are valid between businesses except for gross fault or fraud and unless they empty an essential obligation (C. civ. 1170; Faurecia, Cass. com. 29 June 2010). In the UK, standard-terms limitations must pass the UCTA 1977 reasonableness test, and death or personal injury caused by negligence cannot be excluded.",
      suggestion:
        '"Each party\'s total aggregate liability arising out of or relating to this Agreement shall not exceed the fees paid or payable to Contractor in the twelve (12) months preceding the event giving rise to the claim. This limitation does not apply to fraud, gross negligence, wilful misconduct or death or personal injury caused by negligence."',
    },
    examples: {
      flagged: [
        'Contractor will provide the software development services described in the attached statement of work. Client will pay each invoice within thirty days of the invoice date. Contractor shall be responsible for any loss or damage resulting from its performance of the Services.',
        'This Consulting Agreement is entered into between Acme Inc. ("Company") and Jane Doe ("Consultant"). Consultant shall perform the Services in a professional manner. Consultant shall compensate Company for all damages caused by its breach of this Agreement.',
        'Contractor shall perform the Services with due care. ⟦Contractor shall be liable for any and all losses, damages and claims arising from the Services, without limitation as to amount.⟧',
        'The Service is provided on an "as is" basis. ⟦Our total liability to you for any claim arising out of these Terms shall not exceed one hundred dollars ($100).⟧ You use the Service at your own risk.',
        'Consultant shall perform the Services in accordance with the SOW. ⟦In no event shall Company\'s aggregate liability under this Agreement exceed five hundred dollars ($500).⟧',
        'Consultant shall perform the Services diligently. ⟦Consultant\'s total liability under this Agreement shall not exceed forty-eight (48) months\' fees.⟧',
      ],
      clean: [
        "Contractor will provide the services described in Exhibit A. Client will pay each invoice within thirty days. Each party's aggregate liability under this Agreement shall not exceed the fees paid or payable in the twelve (12) months preceding the claim.",
        'LIMITATION OF LIABILITY. Neither party shall be liable for indirect or consequential damages. Contractor\'s total liability shall not exceed the total fees paid under this Agreement. This Agreement is governed by the laws of the State of New York.',
        'Consultant shall perform the Services diligently. The liability of each party is limited to direct damages and shall not exceed the amount of the fees actually paid under the applicable Statement of Work. Either party may terminate this Agreement on thirty days\' notice.',
      ],
    },
  },
});
