import { defineCheck } from '../engine/check';
import { durations, feeMultiples, territory } from '../engine/extract';

// Post-term restraint: "pendant X mois à compter de la fin / after termination". A clause that only runs
// during the contract is exclusivity (NC-04), not a non-compete.
const POST_TERM = /apr[èe]s|suivant|[àa] compter (de|du)|cessation|expiration|fin (du|de la|des)|terme|after|following|thereafter|post-termination|termination|expir/i;
const COMPENSATION = /contrepartie (financi[èe]re|p[ée]cuniaire)|indemnit[ée] (compensatrice|mensuelle) de non-concurrence|compensation (of|equal|in the amount)|(paid|pay) [^.]{0,60}during the restricted period/i;

const DURING = /pendant (toute )?la dur[ée]e (du|de la|des)|during the (term|engagement)|while this agreement/i;

/** What the restraint covers: named competitors, the end client, or any similar activity (the whole trade). */
function scopeOf(text: string): string {
  if (/concurrents? directs?|direct competitors?|(nomm[ée]|list[ée]|d[ée]sign[ée])s? (en|dans l') annexe|listed in|named in/i.test(text)) return 'named-competitors';
  if (/client final|end[- ]client/i.test(text)) return 'end-client';
  if (/similaire|similar|toute activit[ée]|any (business|activity)|quelque forme que ce soit/i.test(text)) return 'any-similar-activity';
  return 'same-sector';
}

export default defineCheck({
  id: 'NC-01',
  category: 'non-compete',
  severity: 'high',
  kind: 'risky',
  party: 'user-bound',
  thresholds: [
    {
      name: 'nonCompeteMaxMonths',
      default: 12,
      unit: 'months',
      label: { fr: 'Durée maximale acceptable d\'une non-concurrence', en: 'Longest acceptable non-compete' },
    },
    {
      name: 'nonCompeteShortMonths',
      default: 6,
      unit: 'months',
      label: { fr: 'Non-concurrence courte (tolérée si le territoire est limité)', en: 'Short non-compete (tolerated when the territory is limited)' },
    },
  ],
  assess({ unit }, doc) {
    const fees = feeMultiples(unit.text, unit.lang);
    const months = durations(unit.text, unit.lang)
      .filter((d) => !fees.some((f) => d.index >= f.index && d.index < f.index + f.length))
      .map((d) => d.months);
    const where = territory(unit.text, unit.lang);
    const duration = months.length ? Math.max(...months) : null;
    if (duration === null && !POST_TERM.test(unit.text)) return null; // during the contract only: NC-04
    const params = {
      duration_months: duration === null ? null : Math.round(duration),
      territory: where,
      compensation_present: COMPENSATION.test(unit.text),
      activity_scope: scopeOf(unit.text),
      applies_during_contract: DURING.test(unit.text),
    };
    const wide = where === 'country' || where === 'eu' || where === 'world' || where === 'undefined';
    if (duration === null || duration > doc.threshold('nonCompeteMaxMonths')) return { severity: 'high', params };
    if (duration > doc.threshold('nonCompeteShortMonths')) return { severity: where === 'world' ? 'high' : 'medium', params };
    const wholeTrade = params.activity_scope === 'any-similar-activity';
    return (wide || wholeTrade) && !params.compensation_present ? { severity: 'low', params } : null;
  },
  fr: {
    triggers: [
      /non[- ]concurrence/i,
      /s'interdi[a-z]*[^.]{0,160}(concurren|activit[ée]s? similaires?|prestations? similaires?)/i,
      /(ne pas|ne jamais|ni) s'int[ée]resser[^.]{0,80}(entreprise|soci[ée]t[ée]|activit[ée])/i,
      /(s'engage|s'oblige) [àa] ne (pas|jamais)[^.]{0,120}(concurren|activit[ée]s? similaires?)/i,
    ],
    unless: [
      /(reste|demeure) libre d'exercer|rien (dans le pr[ée]sent contrat )?n'interdit|pourra librement (exercer|travailler|intervenir)/i,
      /concurrence d[ée]loyale/i,
    ],
    text: {
      title: 'Non-concurrence disproportionnée',
      explanation:
        "Cette clause vous empêche de travailler dans votre domaine après la mission. Trop longue, trop large ou sans contrepartie, elle vous prive de clients alors que vous n'êtes pas salarié.",
      basis:
        "Entre professionnels, une non-concurrence n'est valable que si elle est limitée dans le temps et dans l'espace, proportionnée à l'objet du contrat et nécessaire à la protection d'un intérêt légitime (Cass. com. 11 mai 2017 n°15-12.872 ; Cass. com. 1er juillet 2003 n°02-11.381 ; Cass. 1re civ. 11 mai 1999 n°97-14.493). Une contrepartie financière n'est pas exigée en B2B mais peut être demandée.",
      suggestion:
        "« Pendant une durée de six (6) mois à compter de la fin du présent contrat, le Prestataire s'interdit de fournir les prestations objet du contrat directement aux concurrents directs du Client nommément désignés en annexe, sur le seul territoire où la mission a été exécutée. En contrepartie, le Client versera au Prestataire une indemnité mensuelle égale à 30 % de sa facturation mensuelle moyenne. »",
    },
    examples: {
      flagged: [
        "⟦Pendant une durée de vingt-quatre (24) mois à compter de la cessation du contrat, le Prestataire s'interdit d'exercer, directement ou indirectement, une activité concurrente de celle du Client sur l'ensemble du territoire français.⟧",
        "⟦Le Consultant s'engage à ne pas s'intéresser, directement ou indirectement, à toute entreprise concurrente du Client pendant la durée du contrat et pendant douze (12) mois après son terme.⟧",
        "Le Prestataire exécutera la mission avec diligence. ⟦Le Prestataire s'interdit, pendant un an suivant la fin de la mission, de proposer des services ServiceNow à toute société exerçant une activité similaire, dans le monde entier.⟧",
        "⟦Au titre de la clause de non-concurrence, le Sous-traitant s'interdit, après l'expiration du contrat, toute activité concurrente de celle du Donneur d'ordre.⟧",
      ],
      clean: [
        "Pendant une durée de six (6) mois à compter de la fin du contrat, le Prestataire s'interdit de fournir des prestations concurrentes aux concurrents directs du Client dans la ville de Lyon.",
        "Le Prestataire reste libre d'exercer toute activité, y compris pour des entreprises concurrentes du Client.",
        "Le Client s'interdit de faire concurrence au Prestataire en proposant directement ses outils à ses propres clients pendant douze (12) mois.",
        "Chacune des Parties s'interdit tout acte de concurrence déloyale à l'égard de l'autre.",
      ],
    },
  },
  en: {
    triggers: [
      // A restrictive covenant, not a title or recital that mentions "Noncompetition".
      /non-?compet[a-z]* (covenant|obligation|clause|restriction|period|undertaking)s?|non-?competition:/i,
      /(shall|will|must|may|agrees?[^.]{0,60}) not( to)?[^.]{0,100}(engage|participate|provide|perform|render|work|own|operate|be (employed|engaged|concerned|interested|involved)|invest|develop|offer|sell|market|distribute|manufacture|solicit|compete)[^.]{0,100}(compet(e|es|ing|itor|itors|itive)|similar business)/i,
      /(shall|will|may|agrees?[^.]{0,60}) not( to)? (directly or indirectly,? )?(engage in|operate|own|manage|be employed by|consult for|have any (direct or indirect )?(interest|ownership))[^.]{0,100}(business|restaurant|store|franchise|services|activities)/i,
      /(shall|will|must) not[^.]{0,60}\bcompete\b/i,
      /(refrain|abstain) from[^.]{0,120}compet(e|es|ing|itor|itors|itive)/i,
    ],
    unless: [
      /nothing in this (agreement|section)[^.]{0,80}(prevent|restrict|prohibit|limit)/i,
      /(is|remains) free to (provide|perform|offer|work)/i,
    ],
    text: {
      title: 'Disproportionate non-compete',
      explanation:
        'This clause stops you working in your field after the engagement ends. Too long, too wide or unpaid, it costs you clients although you are not an employee.',
      basis:
        'England: a restraint of trade is enforceable only if it protects a legitimate interest and is no wider than reasonably necessary. US: state law governs (California B&P §16600 voids most non-competes; the FTC nationwide ban was vacated in Ryan LLC v. FTC, Aug 2024, and the FTC dropped its appeals on 5 Sept 2025). In France, a limited time and place, proportionality and a legitimate interest are required (Cass. com. 11 May 2017 n°15-12.872).',
      suggestion:
        '"For six (6) months after termination, Contractor shall not provide the services described in the Statement of Work directly to the competitors of Company listed in Schedule B, within the area where the services were performed. During that period Company shall pay Contractor a monthly amount equal to 30% of Contractor\'s average monthly fees."',
    },
    examples: {
      flagged: [
        '⟦During the Term and for a period of eighteen (18) months thereafter, Contractor shall not, directly or indirectly, engage in or provide services to any business that competes with the Company anywhere in the world.⟧',
        '⟦Consultant agrees that for two (2) years following termination of this Agreement, Consultant will not provide IT consulting services to any competitor of the Client within the United States.⟧',
        'The Contractor acknowledges the value of the Company\'s goodwill. ⟦Non-Competition: after the termination of this Agreement, the Contractor shall not engage in any business competing with the Company.⟧',
        '⟦For twelve (12) months after the end of this Agreement, Supplier shall not perform similar services for any competitor of Customer in the United Kingdom.⟧',
      ],
      clean: [
        'For six (6) months after termination, Contractor shall not provide competing services to the direct competitors of the Company listed in Schedule B within the City of Manchester.',
        'Nothing in this Agreement shall prevent Contractor from providing services to other clients, including competitors of the Company.',
        'Each party acknowledges that the other may independently develop competing products without use of Confidential Information.',
        'Company shall not engage any competitor of Contractor to complete the Deliverables during the Term.',
      ],
    },
  },
});
