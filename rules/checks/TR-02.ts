import { defineCheck, type DocView } from '../engine/check';
import { durations } from '../engine/extract';

const ENDING = /r[ée]sili|r[ée]siliation|mettre (un )?terme|mettre fin|rompre|rupture|interrompre|suspendre|terminat|cancel|suspend|discontinu|end (this|the) (agreement|contract|engagement)/i;
// A right to end the contract, held by someone (not the mere effects of termination).
const POWER = /(may|can|reserves? the right|is entitled|shall be entitled|pourra|peut|pourront|peuvent|se r[ée]serve|aura la facult[ée]|est en droit)[^.]{0,60}(r[ée]sili|mettre (un )?terme|mettre fin|rompre|interrompre|suspendre|terminat|cancel|suspend|discontinu|\bend\b)/i;
// Absence: an at-will right or an open-ended contract with no notice period anywhere (catalog: absence=yes).
const AT_WILL_OR_OPEN_ENDED = /(r[ée]silier|mettre fin|rompre)[^.]{0,100}([àa] tout moment|sans motif|pour convenance)|dur[ée]e ind[ée]termin[ée]e|(terminate|cancel)[^.]{0,100}(at any time|for convenience|without cause)|indefinite (term|period)/i;
const IMMEDIATE = /sans (aucun )?pr[ée]avis|avec effet imm[ée]diat|imm[ée]diatement|sans d[ée]lai|without (any |prior )?notice|with immediate effect|effective immediately|immediately/i;
// Termination for breach is about a cure period (TR-03), not notice.
const FOR_BREACH = /manquement|inex[ée]cution|faute|violation|non[- ]respect|breach|default|fail(s|ure)? to (comply|perform)|insolv|redressement|liquidation/i;

export default defineCheck({
  id: 'TR-02',
  category: 'notice-period',
  severity: 'high',
  kind: 'risky',
  party: 'other-power',
  thresholds: [
    {
      name: 'noticeMinDays',
      default: 30,
      unit: 'days',
      label: { fr: 'Préavis minimal de résiliation', en: 'Shortest acceptable termination notice' },
    },
  ],
  appliesTo(doc: DocView) {
    return doc.role === 'provider' && doc.mentions(AT_WILL_OR_OPEN_ENDED);
  },
  assess({ unit }, doc) {
    if (!ENDING.test(unit.text) || !POWER.test(unit.text) || FOR_BREACH.test(unit.text)) return null;
    if (IMMEDIATE.test(unit.text)) return { severity: 'high', params: { notice_days: 0 } };
    const days = durations(unit.text, unit.lang).map((d) => (d.business ? Math.round((d.days * 7) / 5) : d.days));
    if (!days.length) return null;
    const notice = Math.min(...days);
    if (notice >= doc.threshold('noticeMinDays')) return null;
    return { severity: 'medium', params: { notice_days: notice } };
  },
  fr: {
    present: [/pr[ée]avis|d[ée]lai de pr[ée]venance/i],
    triggers: [/(r[ée]sili|mettre (un )?terme|mettre fin|rompre|interrompre|suspendre|cl[ôo]turer)[^.]{0,150}(pr[ée]avis|effet imm[ée]diat|imm[ée]diatement|sans d[ée]lai)|(sans pr[ée]avis|pr[ée]avis d[e'u]|effet imm[ée]diat|imm[ée]diatement)[^.]{0,100}(r[ée]sili|mettre (un )?terme|mettre fin|rompre|interrompre|suspendre|cl[ôo]turer)/i],
    text: {
      title: 'Préavis absent ou trop court',
      explanation:
        "L'autre partie peut arrêter la mission sans préavis ou avec un préavis très court : vous perdez votre revenu du jour au lendemain, sans temps pour retrouver une mission.",
      basis:
        "Rompre brutalement une relation commerciale établie, sans préavis écrit tenant compte de sa durée, engage la responsabilité de son auteur (C. com. L442-1 II ; un préavis de 18 mois met à l'abri). La pratique des missions en régie est d'au moins un mois de préavis, allongé avec l'ancienneté de la relation ; des missions renouvelées peuvent former une relation établie.",
      suggestion:
        "« Chacune des Parties pourra mettre fin au contrat par écrit moyennant un préavis d'un (1) mois, porté à un mois supplémentaire par année de relation, dans la limite de six (6) mois. La lettre de résiliation indique la date de fin effective. »",
    },
    examples: {
      flagged: [
        "⟦Le Client pourra mettre fin à la mission sans préavis, par simple courriel.⟧",
        "Le contrat est conclu pour une durée indéterminée. ⟦Le Client peut résilier le contrat à tout moment moyennant un préavis de huit (8) jours.⟧",
        "⟦La Société se réserve le droit d'interrompre la mission avec effet immédiat, quelle qu'en soit la raison.⟧",
      ],
      clean: [
        "Le Client peut résilier le contrat à tout moment moyennant un préavis de trente (30) jours.",
        "Le Client pourra résilier le contrat de plein droit et sans préavis en cas de manquement grave du Prestataire.",
        "Le Prestataire pourra interrompre la mission sans préavis si les factures restent impayées.",
        "Chacune des Parties peut résilier le contrat avec un préavis de deux (2) mois.",
      ],
    },
  },
  en: {
    present: [/notice period|(days|weeks|months)'? (prior )?(written )?notice|(written|prior|reasonable) notice|notice of (termination|non-renewal)/i],
    triggers: [/(terminat|cancel|suspend|discontinu|deactivat|disabl|\bend\b)[^.]{0,150}(notice|immediately|with immediate effect|forthwith)|(without notice|immediately|with immediate effect|days'? (prior )?(written )?notice)[^.]{0,100}(terminat|cancel|suspend|discontinu|deactivat|disabl)/i],
    text: {
      title: 'Missing or short notice',
      explanation:
        'The other side can end the engagement without notice or on very short notice: you lose your income overnight, with no time to find other work.',
      basis:
        'Freelance guides recommend at least 30 days\' notice both ways. In France, ending an established commercial relationship without written notice that reflects its length engages liability (C. com. L442-1 II).',
      suggestion:
        '"Either party may terminate this Agreement on thirty (30) days\' written notice stating the effective termination date. Company shall pay for all Services performed up to that date."',
    },
    examples: {
      flagged: [
        '⟦Company may terminate this Agreement at any time without notice.⟧',
        'This Agreement continues until terminated. ⟦The Client may terminate the engagement upon seven (7) days\' written notice to the Consultant.⟧',
        '⟦We may discontinue the Services with immediate effect for any reason.⟧',
      ],
      clean: [
        'Company may terminate this Agreement upon thirty (30) days\' written notice to Contractor.',
        'Company may terminate this Agreement immediately if Contractor materially breaches this Agreement.',
        'Contractor may terminate this Agreement without notice if any invoice remains unpaid for sixty (60) days.',
        'Either party may terminate this Agreement upon sixty (60) days\' prior written notice.',
      ],
    },
  },
});
