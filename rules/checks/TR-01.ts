import { defineCheck, type Assessment, type UnitView } from '../engine/check';
import { durations } from '../engine/extract';

// Termination (or suspension) at will: at any time, without cause, for convenience, at discretion.
const AT_WILL = {
  fr: /(r[ée]silier|mettre (un )?terme|mettre fin|rompre|interrompre|suspendre|cl[ôo]turer|supprimer (le|votre|son|leur|tout) compte)[^.]{0,160}([àa] tout moment|sans (avoir [àa] )?(justifier|motiver|motif|raison)|pour convenance|pour quelque (raison|motif|cause) que ce soit|[àa] (sa|son) (seule )?(discr[ée]tion|convenance|appr[ée]ciation))|([àa] tout moment|sans motif|pour convenance|[àa] sa (seule )?discr[ée]tion)[^.]{0,80}(r[ée]silier|mettre (un )?terme|mettre fin|rompre|interrompre|suspendre|cl[ôo]turer)/i,
  en: /\b(terminat[a-z]*|cancel[a-z]*|suspend[a-z]*|discontinu[a-z]*|deactivat[a-z]*|disabl[a-z]*|revok[a-z]*|end|close (your|the|any) (account|access)|(restrict|limit|withdraw|block) (your )?access)\b[^.]{0,160}(at any time|for (any|no) reason|for convenience|without cause|with or without (cause|reason)|in (its|our) (sole|absolute)? ?discretion|for any reason or no reason)|(at any time|for convenience|for any reason|without cause|in (its|our) sole discretion)[^.]{0,80}(terminat|cancel|suspend|discontinu|deactivat|disabl|revok)/i,
};

/**
 * Terms of service: the service may end or suspend the user's account, access or agreement (for any or a vague
 * reason). The subject is read next to the verb: "You agree that we may terminate your account" empowers the
 * service although "you" opens the sentence, and the service's name is rarely a defined party.
 */
const ACCOUNT_POWER = {
  fr: /\b(pourra|pourront|pourrons|peut|peuvent|pouvons|se réserve le droit de|se réservent le droit de|nous réservons le droit de|est en droit de|sera en droit de)\b[^.]{0,80}\b(résilier|suspendre|supprimer|clôturer|fermer|désactiver|bloquer|restreindre|limiter|mettre fin à)\b[^.]{0,30}\b(votre|son|le|l'|tout) ?(compte|accès|abonnement|inscription|adhésion|contrat|droit d'utiliser)/i,
  en: /\b(may|reserves? the right to|(is|are|shall be|will be) entitled to|(has|have|retains?) the right to|discretion,? to)\b[^.]{0,80}\b(terminat\w*|suspend\w*|cancel\w*|clos(e|ing)|disabl\w*|deactivat\w*|revok\w*|deny|restrict(?!ion)\w*|block\w*|limit(?!ation)\w*)\b[^.]{0,40}\b((your|the user's|any user's|users'?|subscriber's|member's|their) (user )?(accounts?|access|membership|use|right to use|rights|registration|subscription|privileges)|(this|the|these|its legal|its) (agreement|contract|terms|EULA)|(the |our |any and all |all or any part of (the |our )?)(Services?|Site|Website|Platform)|(the )?(accounts?|privileges) of (any )?users?)\b|\b(may|reserves? the right to|(has|have|retains?) the right to)\b[^.]{0,40}\b(stop|cease) providing\b|\b(deny|decline) (access|service) to (anyone|any user)|\bprevent you from (accessing|using)|\bmay (also )?(result in|lead to|be grounds for)\b[^.]{0,30}\b(suspension|termination|terminating|deactivation|closure|cancellation)\b|\b(right|licen[cs]e) to use\b[^.]{0,60}\b(will cease|ceases|terminates)\b|\bterminates your right to use|\b(access|accounts?)\b[^.]{0,60}\bmay be (restricted|blocked|suspended|terminated|disabled|cancel+ed|deactivated)\b/i,
};
/** The user ending their own account ("You may close your account at any time") is the user's right. */
const USER_ENDS = {
  fr: /\b(vous|l['’]Utilisateur|le Client|le Membre|l['’]Adhérent|le consommateur|le Passager|l['’]Abonné|le Titulaire)\s+(pouvez|pourrez|peut|pourra|a la possibilité de|a le droit de)\b[^.]{0,80}\b(résilier|supprimer|clôturer|fermer|désactiver|mettre fin)/i,
  en: /\b(you|users?) (may|can|are (free|entitled) to|have the right to)\b[^.]{0,40}\b(terminat|cancel|close|delete|deactivat|end)/i,
};

// The user's own right to end the contract on notice (not for breach) also mirrors the other side's right.
const USER_RIGHT = /(r[ée]silier|mettre fin|rompre|terminat|cancel|\bend\b)[^.]{0,120}(pr[ée]avis|notice)/i;
const FOR_BREACH = /manquement|faute|inex[ée]cution|violation|breach|default/i;
// Someone holds the right ("may / pourra / se réserve"): not the mere effects of a termination.
const POWER = /\b(may|can|reserves? the right|is entitled|shall be entitled|retains the right)\b|pourr?a|peu(t|vent)|se r[ée]serve|aura la facult[ée]|est en droit|est libre de/i;

/** Notice in days stated in a unit, 0 when none (termination at will usually has none). */
function noticeDays(unit: UnitView): number {
  if (/sans pr[ée]avis|avec effet imm[ée]diat|imm[ée]diatement|without (prior )?notice|immediately|with immediate effect/i.test(unit.text)) return 0;
  const days = durations(unit.text, unit.lang).map((d) => (d.business ? Math.round((d.days * 7) / 5) : d.days));
  return days.length ? Math.max(...days) : 0;
}

export default defineCheck({
  id: 'TR-01',
  category: 'termination',
  severity: 'high',
  // Asymmetric, but declared 'risky': the engine's one-way test drops a candidate as soon as any termination
  // unit binds the user, while the catalog also flags a mirrored right with a notice ratio ≥ 2 (assess does both).
  kind: 'risky',
  // 'any': ACCOUNT_POWER reads who holds the power itself; the sentence's subject decides otherwise (below).
  party: 'any',
  thresholds: [
    {
      name: 'noticeRatioMax',
      default: 2,
      unit: 'multiple',
      label: { fr: 'Écart de préavis toléré (rapport entre les deux parties)', en: 'Tolerated notice gap (ratio between the parties)' },
    },
  ],
  assess({ unit }, doc): Assessment | null {
    const atWill = AT_WILL[unit.lang].test(unit.text);
    // The account trigger alone is terms-of-service wording: a freelance client's termination right needs "at will".
    const serviceSide = doc.role === 'client' && ACCOUNT_POWER[unit.lang].test(unit.text) && !USER_ENDS[unit.lang].test(unit.text);
    if (!atWill && !serviceSide) return null;
    // Terms of service: "you may close your account at any time" is the user's own exit.
    if (!serviceSide && doc.role === 'client' && USER_ENDS[unit.lang].test(unit.text)) return null;
    if (!serviceSide && (unit.actor === 'user' || unit.actor === 'mutual')) return null;
    if (!serviceSide && !POWER.test(unit.text)) return null;
    const own = noticeDays(unit);
    // The user's own right to leave, if any, gives the notice ratio.
    const userRights = doc.memo('TR-01:user-rights', () => doc.units.filter((u) => u.actor === 'user' && (AT_WILL[u.lang].test(u.text) || (USER_RIGHT.test(u.text) && !FOR_BREACH.test(u.text)))));
    const mirror = userRights.find((u) => u !== unit);
    if (!mirror) {
      return { severity: 'high', params: { client_convenience: true, notice_days: own, freelancer_convenience: false } };
    }
    const theirs = noticeDays(mirror);
    const ratio = own > 0 ? theirs / own : theirs > 0 ? Infinity : 1;
    // A customer free to leave does not balance the provider's right to cut the service at will.
    if (ratio < doc.threshold('noticeRatioMax') && doc.role === 'provider') return null;
    return {
      // No notice at all on the other side while the user owes some is as bad as a one-way right.
      severity: own === 0 && theirs > 0 ? 'high' : 'medium',
      params: { client_convenience: true, notice_days: own, freelancer_convenience: true, freelancer_notice_days: theirs, notice_ratio: Number.isFinite(ratio) ? Math.round(ratio * 10) / 10 : null },
    };
  },
  fr: {
    triggers: [AT_WILL.fr, ACCOUNT_POWER.fr],
    unless: [/chacune des parties|l'une ou l'autre des parties|les parties pourront|les deux parties/i],
    text: {
      title: 'Résiliation à la discrétion de l\'autre partie',
      explanation:
        "L'autre partie peut mettre fin au contrat quand elle veut, sans motif, alors que vous n'avez pas le même droit (ou avec un préavis bien plus long). Vous supportez seul l'incertitude sur vos revenus.",
      basis:
        "Un contrat à durée indéterminée peut être résilié par chacune des parties moyennant un préavis raisonnable (C. civ. 1211). Un droit de résiliation unilatéral au profit d'une seule partie est un exemple classique de déséquilibre significatif (C. civ. 1171 dans les contrats d'adhésion ; C. com. L442-1 I 2°).",
      suggestion:
        "« Chacune des Parties pourra résilier le présent contrat sans motif, par lettre recommandée avec accusé de réception, moyennant un préavis de trente (30) jours. Les prestations réalisées jusqu'à la date d'effet de la résiliation restent dues. »",
    },
    examples: {
      flagged: [
        "⟦Le Client pourra résilier le présent contrat à tout moment, sans avoir à justifier d'un motif, par simple courriel.⟧",
        "Le Prestataire ne pourra résilier le contrat qu'en cas de manquement grave du Client. ⟦La Société se réserve le droit de mettre fin à la mission à tout moment et pour quelque raison que ce soit.⟧",
        "⟦Le Donneur d'ordre peut résilier pour convenance la commande, moyennant un préavis de huit (8) jours.⟧ Le Prestataire peut résilier le contrat à tout moment moyennant un préavis de trois (3) mois.",
      ],
      clean: [
        "Chacune des Parties pourra résilier le contrat à tout moment moyennant un préavis de trente (30) jours.",
        "Le Client peut résilier le contrat sans motif avec un préavis d'un mois. Le Prestataire peut également résilier le contrat sans motif avec un préavis d'un mois.",
        "Le Prestataire pourra résilier le contrat à tout moment moyennant un préavis de quinze jours.",
        "Le Client pourra résilier le contrat en cas de manquement grave du Prestataire non réparé dans les trente (30) jours suivant une mise en demeure.",
      ],
    },
  },
  en: {
    triggers: [AT_WILL.en, ACCOUNT_POWER.en],
    // A temporary suspension for maintenance is about availability, not ending the contract.
    unless: [/either party|each party|both parties|either of the parties|for convenience only|for (ease of )?reference only|suspend[^.]{0,60}\b(for|during|while)\b[^.]{0,30}\b(maintenance|repairs?|upgrades?)\b/i],
    text: {
      title: 'Termination at the other side\'s will',
      explanation:
        'The other side can end the contract (or your account) whenever it likes, without reason, while you have no such right or must give much longer notice. You alone carry the uncertainty about your income or service.',
      basis:
        'One-sided termination rights are flagged as a red flag by freelance contract guides; fair practice is the same notice both ways, commonly 30 days. In France, either party to an open-ended contract may end it with reasonable notice (C. civ. 1211) and one-sided rights are a classic example of significant imbalance (C. civ. 1171; C. com. L442-1 I 2°).',
      suggestion:
        '"Either party may terminate this Agreement for convenience on thirty (30) days\' written notice to the other party. Company shall pay for all Services performed up to the effective date of termination."',
    },
    examples: {
      flagged: [
        '⟦Company may terminate this Agreement at any time, for any reason or no reason, upon written notice to Contractor.⟧',
        'Contractor may terminate this Agreement only upon Company\'s material breach. ⟦The Client may terminate this Agreement for convenience with immediate effect.⟧',
        '⟦We may suspend or terminate your account at any time, in our sole discretion, without notice.⟧',
      ],
      clean: [
        'Either party may terminate this Agreement for convenience upon thirty (30) days\' written notice.',
        'Contractor may terminate this Agreement at any time upon fourteen (14) days\' notice.',
        'Company may terminate this Agreement for convenience on thirty (30) days\' notice. Contractor may terminate this Agreement for convenience on thirty (30) days\' notice.',
        'Company may terminate this Agreement if Contractor materially breaches it and fails to cure the breach within thirty (30) days of written notice.',
      ],
    },
  },
});
