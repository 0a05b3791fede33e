import { defineCheck } from '../engine/check';

/** Wording that sends disputes to arbitration (the first trigger of each language), as opposed to a mere mention. */
const IMPOSED_ARBITRATION = {
  fr: /(soumise?s?|recours|tranch[ée]e?s?|r[ée]solue?s?|r[ée]gl[ée]e?s?|d[ée]f[ée]r[ée]e?s?|port[ée]e?s?) (d[ée]finitivement |exclusivement )?(à l'|à un |par (voie d')?|par un |devant (un|le) )(arbitr|tribunal arbitral)|clause compromissoire|r[èe]glement d'arbitrage de la/i,
  en: /\b(binding|mandatory|individual|final),? (binding |individual |final |confidential )*arbitration|\b(resolved?|settled?|determined|decided|submitted|referred)\b[^.]{0,120}\b(by|to|through|via|for) (final and )?(binding |final |mandatory |confidential |individual )*arbitration\b|\b(resolved|settled|determined) (exclusively |finally |solely )?by (the )?(AAA|JAMS|ICC|LCIA)\b|\bagree(s|d)? to (resolve [^.]{0,60} by |binding )?arbitrat|(governed|bound) by (the|this|our) arbitration (procedure|provision|agreement|clause)|\bonly (through|by) arbitration|\b(seat|place) of (the )?arbitration\b/i,
};
const INSTITUTION = /\b(AAA|JAMS|ICC|LCIA|CCI|CMAP)\b|American Arbitration Association|Chambre de commerce internationale|International Chamber of Commerce/i;

export default defineCheck({
  id: 'DR-03',
  category: 'governing-law',
  severity: 'medium',
  kind: 'risky',
  party: 'any',
  assess({ unit }, doc) {
    // One finding per clause: imposed arbitration is 'arbitration', a chosen law alone is 'governing-law'.
    const arbitration = IMPOSED_ARBITRATION[unit.lang].test(unit.text);
    const institution = INSTITUTION.exec(unit.text)?.[0] ?? null;
    const law = /(?:[Dd]roit|[Ll]oi|[Ll]ois|[Ll]aws? of) ((?:the )?(?:[Ss]tate of )?[A-Za-zÀ-ÿ'-]+(?: [A-Z][a-z]+)?)/.exec(unit.text)?.[1] ?? null;
    const params = { law, arbitration, institution };
    if (arbitration) return { category: 'arbitration', variant: 'arbitration', severity: 'medium', params };
    // English choice of law: only for terms of service, where the user is the consumer of the other side's law.
    if (unit.lang === 'en') return doc.role === 'client' ? { category: 'governing-law', severity: 'low', params } : null;
    return { category: 'governing-law', severity: 'medium', params };
  },
  fr: {
    triggers: [
      /(soumise?s?|r[ée]gie?s?|gouvern[ée]e?s?|interpr[ée]t[ée]e?s?|applicable|s'applique)[^.]{0,40}(droit|loi|lois) (anglais|anglaise|am[ée]ricain|am[ée]ricaine|luxembourgeois|luxembourgeoise|suisse|belge|allemand|allemande|irlandais|irlandaise|n[ée]erlandais|espagnol|italien|new-yorkais|[ée]tranger|de l'[ée]tat d|d'angleterre|de l'angleterre|des [ée]tats-unis|du luxembourg|de la suisse|de la belgique|du delaware|de californie)/i,
      IMPOSED_ARBITRATION.fr,
    ],
    unless: [/(aucun|pas de|ne sera pas soumis à l')arbitrage/i],
    text: {
      title: 'Droit étranger imposé',
      explanation:
        "Le contrat est soumis à un droit étranger : vous perdez en pratique les protections du droit français (plafond des délais de paiement, rupture brutale) et un litige exige un conseil dans ce droit.",
      basis:
        "Pour un freelance français travaillant en France, le droit français et les juridictions françaises sont recommandés (glossaires et guides freelance) : les plafonds de délais de paiement (C. com. L441-10) et la protection contre la rupture brutale (L442-1) y sont directement invocables. Un arbitrage institutionnel coûte souvent plus que les litiges habituels d'un freelance.",
      suggestion:
        "« Le présent contrat est soumis au droit français. Tout litige sera porté devant les juridictions françaises compétentes ; aucun arbitrage ne pourra être imposé pour un litige d'un montant inférieur à 100 000 €. »",
    },
    variants: {
      arbitration: {
        title: 'Arbitrage imposé',
        explanation:
          "Les litiges sont soumis à un arbitrage : les frais de procédure et d'arbitres peuvent dépasser le montant d'une facture impayée, l'audience peut se tenir loin de chez vous et la sentence est difficile à contester.",
        suggestion:
          "« Tout litige relatif au présent contrat sera porté devant les juridictions françaises compétentes. Le recours à l'arbitrage suppose l'accord écrit des deux Parties, donné après la naissance du litige. »",
      },
    },
    examples: {
      flagged: [
        "⟦Le présent contrat est régi par le droit luxembourgeois.⟧",
        "Les Parties tenteront de régler leur différend à l'amiable. ⟦À défaut, le litige sera tranché définitivement par voie d'arbitrage selon le Règlement d'arbitrage de la Chambre de commerce internationale.⟧",
        "⟦Le contrat est soumis à la loi anglaise et tout différend sera soumis à un tribunal arbitral siégeant à Londres.⟧",
      ],
      clean: [
        "Le présent contrat est soumis au droit français.",
        "Le Client procède aux arbitrages fonctionnels nécessaires avec le Prestataire lors des comités de pilotage.",
        "Tout litige sera porté devant les juridictions françaises compétentes.",
      ],
    },
  },
  en: {
    triggers: [
      IMPOSED_ARBITRATION.en,
      /([Gg]overned|[Ii]nterpreted|[Cc]onstrued)( in all respects)? (by|in accordance with|under)( and construed in accordance with)? (the )?(internal |substantive )?(laws? of|[A-Z][a-z]+ law)|[Tt]he (statutes and )?laws? of [^.]{0,100}\b(shall |will )?(govern|apply to)|\b(are|is|be) subject to the (internal |substantive )?laws of|[Tt]he applicable law (and venue )?(is|shall be|will be)\b/,
    ],
    // A survival list naming the arbitration clause is not one.
    unless: [/(shall|will) not be (subject to|resolved by) arbitration|no arbitration|surviv\w*[^.]{0,40}\b(termination|expiration|expiry|suspension)/i],
    text: {
      title: 'Law chosen by the other side',
      explanation:
        'The contract is governed by the law of the other side\'s home state or country: the protections of your own law may not apply, and any dispute needs a lawyer qualified there.',
      basis:
        'Freelance guides flag forum and law in the client\'s location as a red flag; institutional arbitration (ICC, AAA, JAMS) carries fees that can dwarf a freelancer\'s typical claim.',
      suggestion:
        '"Any dispute shall be resolved by the courts of [Contractor\'s place of business]; either party may bring claims within the small-claims limit in small-claims court. Arbitration applies only if both parties agree in writing after the dispute arises."',
    },
    variants: {
      arbitration: {
        title: 'Arbitration imposed on you',
        explanation:
          'Disputes go to arbitration: filing and arbitrator fees can exceed a typical unpaid invoice, hearings may be far away and the award is hard to appeal.',
        suggestion:
          '"Any dispute shall be resolved by the courts of [Contractor\'s place of business]; either party may bring claims within the small-claims limit in small-claims court. Arbitration applies only if both parties agree to it in writing after the dispute arises."',
      },
    },
    examples: {
      flagged: [
        '⟦Any dispute arising out of this Agreement shall be finally settled by binding arbitration administered by the American Arbitration Association in New York.⟧',
        'The parties will first try to resolve disputes informally. ⟦Any unresolved dispute shall be referred to arbitration under the LCIA Rules, and the seat of arbitration shall be London.⟧',
        '⟦All claims shall be resolved by JAMS before a single arbitrator.⟧',
        'Please read this section carefully. ⟦You and the Company agree to resolve any dispute through final and binding arbitration, rather than in court.⟧',
      ],
      clean: [
        'This Agreement is governed by the laws of the State of California.',
        'Any dispute shall be resolved by the courts of the place where Contractor has its principal place of business.',
        'The parties agree that disputes shall not be subject to arbitration.',
      ],
    },
  },
});
