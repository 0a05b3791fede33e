import { defineCheck, type DocView } from '../engine/check';

// Dictionary names of each side (catalog "party role dictionary"), completed by the names the contract defines.
const NAMES = {
  provider: ['prestataire', 'consultant', 'sous-traitant', 'intervenant', 'freelance', 'titulaire', 'fournisseur', 'contractor', 'supplier', 'service provider', 'vendor', 'provider', 'freelancer'],
  client: ['client', "donneur d'ordre", 'société', 'mandant', 'esn', 'bénéficiaire', 'company', 'customer', 'principal'],
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Forum at the user's own seat (or the defendant's, the default rule): nothing to negotiate. */
function forumIsUserSide(text: string, doc: DocView): boolean {
  if (/(domicile|si[èe]ge|ressort)[^.]{0,20}(du|de la) d[ée]fendeur|defendant's (domicile|residence|place)|(domicile|residence|place of business) of the defendant/i.test(text)) return true;
  const names = [...NAMES[doc.role], ...doc.parties.filter((p) => p.role === doc.role).map((p) => p.name.replace(/^(le|la|l'|les|the) /i, ''))]
    .map((n) => escape(n.toLowerCase()))
    .join('|');
  const seat = new RegExp(
    `(si[èe]ge|domicile|[ée]tablissement|ressort)[^.]{0,30}(du|de la|de l'|de) ?(${names})(?![a-z])|(${names})'s (principal )?(place of business|domicile|residence|registered office|seat|offices?)|(place of business|domicile|residence|office|offices) of (the )?(${names})(?![a-z])|where (the )?(${names}) (resides|is domiciled|is located|has its)`,
    'i',
  );
  return seat.test(text);
}

// A court actually chosen: a named place (capitalised) or a party's seat; "tribunaux compétents" chooses nothing.
const NAMED_PLACE = /([Tt]ribuna(l|ux)|[Jj]uridictions?|[Cc]ours?|[Cc]ourts?|[Vv]enue|jurisdiction)[^.]{0,80}(de|d'|of|in|located in|sitting in|du ressort de) ?([A-ZÀ-Ý][A-Za-zà-ÿ]+)|[A-Z][a-z]+ courts|[A-Z][a-z]+(ish|ian|ese|ch|an) Courts|[Ss]i[èe]ge|[Dd]omicile|place of business/;

const CONSUMER_TERMS = /consommat(eur|rice)s?|conditions g[ée]n[ée]rales d'(utilisation|vente)|\bCG[UV]\b/i;
const SOLE_TRADER = /micro-entrepr|auto-entrepr|entrepreneur individuel|profession lib[ée]rale/i;

export default defineCheck({
  id: 'DR-02',
  category: 'jurisdiction',
  severity: 'medium',
  kind: 'risky',
  party: 'any',
  assess({ unit }, doc) {
    if (!NAMED_PLACE.test(unit.text) || forumIsUserSide(unit.text, doc)) return null;
    // A non-exclusive forum leaves the user's own courts open; for a consumer it still signals a far-away court.
    const nonExclusive = /non[- ]exclusi(ve|f)/i.test(unit.text);
    if (nonExclusive && doc.role === 'provider') return null;
    const place = /(?:[Tt]ribuna(?:l|ux)|[Jj]uridictions?|[Cc]ours?|[Cc]ourts?|jurisdiction)[^.]{0,80}?(?:de|d'|of|in) ((?:[A-ZÀ-Ý][a-zà-ÿ-]+ ?){1,3})|([A-Z][a-z]+) courts/.exec(unit.text);
    const forum = (place?.[1] ?? place?.[2])?.trim() ?? (unit.lang === 'fr' ? "siège de l'autre partie" : "the other side's seat");
    // A whole national jurisdiction is less likely to be far from the user than one city's court.
    const national = /^(England|Scotland|Wales|Northern Ireland|Ireland|France|the United Kingdom)\b/.test(forum);
    // CPC art. 48: against a non-trader the clause is deemed unwritten. A consumer always is one; a freelancer's
    // status is only a hint (micro-entrepreneur / profession libérale usually non-trader).
    const consumer = unit.lang === 'fr' && doc.role === 'client' && doc.mentions(CONSUMER_TERMS);
    // Only the sole-trader wording can be read reliably; a company form may be either party's.
    const freelancerIsTrader = doc.role === 'provider' && doc.mentions(SOLE_TRADER) ? false : null;
    return {
      severity: national || nonExclusive ? 'low' : 'medium',
      illegal: consumer,
      params: { forum, freelancer_is_trader: freelancerIsTrader, against_consumer: consumer },
    };
  },
  fr: {
    triggers: [
      /^(?![^]*?arbitr)[^]*?(attribution (exclusive )?de (comp[ée]tence|juridiction)|comp[ée]tence exclusive|(seuls?|seules?|exclusivement) comp[ée]tente?s?)/i,
      /(sera|seront|est|sont) (exclusivement |obligatoirement )?(port[ée]e?s?|soumise?s?|d[ée]f[ée]r[ée]e?s?)[^.]{0,40}(devant|au|à la|aux) (le |la |les )?(tribunal|tribunaux|juridictions?|cour)/i,
    ],
    unless: [/non exclusive/i],
    text: {
      title: 'Tribunal imposé loin de chez vous',
      explanation:
        "En cas de litige (par exemple une facture impayée), vous devrez plaider devant le tribunal choisi par l'autre partie ({forum}), parfois loin de chez vous : le coût et le temps vous dissuadent d'agir. Si vous n'êtes pas commerçant (micro-entrepreneur ou profession libérale, le plus souvent), la clause est en principe réputée non écrite.",
      basis:
        "Une clause attributive de compétence territoriale n'est valable qu'entre commerçants et si elle est très apparente ; contre un non-commerçant (micro-entrepreneur, profession libérale) elle est réputée non écrite (CPC art. 48). À défaut, la règle est le tribunal du défendeur (CPC art. 42). Les litiges fondés sur L442-1 relèvent de juridictions spécialisées (C. com. D442-2, liste à vérifier).",
      suggestion:
        "« Tout litige relatif au présent contrat sera porté devant le tribunal compétent du lieu du siège du Prestataire » — ou, à défaut d'accord : « devant la juridiction du domicile du défendeur, conformément au droit commun. »",
    },
    examples: {
      flagged: [
        "⟦Tout litige relatif à l'interprétation ou à l'exécution du présent contrat sera de la compétence exclusive du Tribunal de commerce de Paris.⟧",
        "Le présent contrat est soumis au droit français. ⟦Les tribunaux du siège social du Client seront seuls compétents, nonobstant pluralité de défendeurs ou appel en garantie.⟧",
        "⟦À défaut d'accord amiable, le différend sera porté exclusivement devant les juridictions de Nanterre.⟧",
      ],
      clean: [
        "Tout litige sera porté devant le tribunal compétent du lieu du siège social du Prestataire.",
        "À défaut d'accord amiable, le litige sera porté devant la juridiction du domicile du défendeur.",
        "Les litiges seront soumis aux tribunaux compétents selon les règles de droit commun.",
      ],
    },
  },
  en: {
    triggers: [
      /(exclusive|sole) (jurisdiction|venue)|(submits?|consents?) to (the )?(exclusive |non-exclusive )?(personal )?(jurisdiction|venue)/i,
      /(venue|jurisdiction)[^.]{0,80}(shall|will) (be|lie) (exclusively |solely )?(in|with)|courts?[^.]{0,40}(shall|will) have (exclusive |sole )?jurisdiction/i,
      /(brought|filed|heard|litigated|resolved|commenced) (exclusively |only |solely )?(in|before|by) (the |a )?(state |federal |competent |[a-z]+ )?((and|or) (state|federal) )?courts?\b/i,
    ],
    text: {
      title: 'Forum far from you',
      explanation:
        'In a dispute (an unpaid invoice, say) you would have to sue in the court chosen by the other side ({forum}), possibly far away: the cost and time put you off acting at all.',
      basis:
        "Freelance guides list jurisdiction in the client's location as a red flag. In France, a forum clause is void against a non-trader and must be very apparent between traders (CPC art. 48).",
      suggestion:
        '"Any dispute arising out of this Agreement shall be brought in the courts of the place where Contractor has its principal place of business." — or, as a compromise: "in the courts of the defendant\'s domicile."',
    },
    examples: {
      flagged: [
        '⟦The state and federal courts located in San Francisco County, California shall have exclusive jurisdiction over any dispute arising out of this Agreement.⟧',
        'This Agreement is governed by the laws of England. ⟦Each party irrevocably submits to the exclusive jurisdiction of the courts of London.⟧',
        '⟦Any action relating to this Agreement shall be brought only in the courts of the Company\'s principal place of business.⟧',
      ],
      clean: [
        'Any action relating to this Agreement shall be brought in the courts of the county where Contractor has its principal place of business.',
        'Each party submits to the non-exclusive jurisdiction of the courts of England and Wales.',
        'Any dispute may be brought before any court of competent jurisdiction.',
      ],
    },
  },
});
