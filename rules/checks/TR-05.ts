import { defineCheck } from '../engine/check';
import { durations } from '../engine/extract';

// The consequence: this contract ends (or is suspended) automatically with the upstream one.
const AUTOMATIC = /prendr[ae] fin|prend fin|sera (r[ée]sili[ée]|suspendu|interrompu)|cessera|de plein droit|automatiquement|entra[îi]ne(ra)? (la fin|la r[ée]siliation|de plein droit)|s'impose|terminat(e|es|ed)|(shall|will) (automatically )?(end|cease|expire)|automatically|simultaneously/i;
const INFORM = /informer?a? (sans d[ée]lai|imm[ée]diatement|d[èe]s)|transmettr[ae][^.]{0,40}(pr[ée]avis|notification)|(promptly|immediately) (notify|inform|forward)|(notify|inform) [^.]{0,30}(promptly|immediately|without delay)/i;

export default defineCheck({
  id: 'TR-05',
  category: 'termination',
  severity: 'medium',
  kind: 'risky',
  party: 'any',
  assess({ unit }) {
    if (!AUTOMATIC.test(unit.text)) return null;
    const notice = durations(unit.text, unit.lang).map((d) => d.days);
    const minNotice = /(au moins|minimum|minimal|at least|no less than|not less than)/i.test(unit.text) && notice.length ? Math.max(...notice) : null;
    const informed = INFORM.test(unit.text);
    const params = { min_notice_guaranteed: minNotice, information_duty: informed };
    if (minNotice !== null && minNotice >= 15) return null;
    return { severity: informed || minNotice !== null ? 'low' : 'medium', params };
  },
  fr: {
    triggers: [
      /(fin|r[ée]siliation|rupture|expiration|terme|cessation|suspension|arr[êe]t|interruption|non[- ]renouvellement)( anticip[ée]e)?,?( pour quelque (cause|raison|motif) que ce soit,)? (du|de la|des|de son|de leur) (contrat|relation|march[ée]|commande|mission|projet|bon de commande)s?( (principal|cadre)|[^.]{0,60}(client final|donneur d'ordre final|client du client|(avec|aupr[èe]s de|[àa]) son client))/i,
      /pr[ée]avis (notifi[ée] |accord[ée] |donn[ée] )?(du|par le) client final/i,
      /(client final|donneur d'ordre final) (met|mettrait|mettra) fin|(client final|donneur d'ordre final) (r[ée]silie|r[ée]silierait|r[ée]siliera|suspend|interrompt)/i,
    ],
    text: {
      title: 'Contrat suspendu au contrat du client final',
      explanation:
        "Votre contrat s'arrête automatiquement si le client final met fin à sa relation avec l'intermédiaire, sans préavis garanti ni obligation de vous prévenir : vous supportez un risque qui n'est pas le vôtre.",
      basis:
        "Pratique des contrats de sous-traitance en régie : cette clause prive souvent le freelance du préavis prévu ailleurs au contrat (observations de sociétés de portage sur les contrats d'ESN). Un préavis minimal garanti et une obligation d'information sont l'usage à demander.",
      suggestion:
        "« En cas de fin ou de suspension du contrat entre le Client et le client final, le Client en informe le Prestataire sans délai en lui transmettant la notification reçue. Le présent contrat prend alors fin moyennant un préavis d'au moins trente (30) jours, ou le paiement des jours correspondants, et les prestations réalisées restent dues. »",
    },
    examples: {
      flagged: [
        "⟦Le présent contrat prendra fin de plein droit en cas de fin, pour quelque cause que ce soit, du contrat conclu entre le Client et le client final.⟧",
        "La mission est réalisée pour le compte d'un client final. ⟦La résiliation du contrat du client final entraînera de plein droit la résiliation du présent contrat, le préavis du client final s'imposant au Prestataire.⟧",
        "⟦Si le client final met fin à la mission, le présent contrat sera résilié automatiquement, le Client en informant le Consultant dès que possible.⟧",
        "⟦Le contrat prendra fin de plein droit, sans préavis ni indemnité, en cas de rupture du contrat liant la Société à son client final.⟧",
      ],
      clean: [
        "En cas de fin du contrat conclu entre le Client et le client final, le Client en informe immédiatement le Prestataire et le présent contrat prend fin moyennant un préavis d'au moins trente (30) jours.",
        "Le Prestataire s'interdit de travailler directement pour le client final pendant six mois après la fin du contrat.",
        "La mission se déroule dans les locaux du client final, du lundi au vendredi.",
      ],
    },
  },
  en: {
    triggers: [
      /(termination|expiry|expiration|end|suspension|cancellation|non-renewal) of (the |any )?(head|prime|main|master|underlying|client|end[- ]client|customer) (agreement|contract|order|engagement|sow|statement of work)/i,
      /(end[- ]client|end customer)( terminates| cancels| ends| suspends| ceases)/i,
      /back-to-back (termination|basis)/i,
      /(contract|agreement|engagement) (with|between [^.]{0,40} and) (the |its )?(end[- ]client|customer)[^.]{0,60}(is |are |be |has been )?(terminated|ends|expires|cancell?ed|suspended)/i,
      /(head|prime|main|master|underlying|client|end[- ]client|customer) (agreement|contract|order|engagement)[^.]{0,80}(is|are|be|has been) (terminated|cancell?ed|suspended|ended|not renewed)/i,
    ],
    text: {
      title: 'Contract tied to the end client\'s contract',
      explanation:
        'Your contract ends automatically if the end client stops working with the agency, with no guaranteed notice and no duty to tell you: you carry a risk that is not yours.',
      basis:
        'Practice in agency/subcontracting chains: this clause often overrides the notice period given elsewhere in the contract. A guaranteed minimum notice (or pay in lieu) and a duty to forward the end client\'s notice are the usual asks.',
      suggestion:
        '"If the contract between Agency and the End Client ends or is suspended, Agency shall immediately notify Consultant and forward the End Client\'s notice. This Agreement shall then end on not less than thirty (30) days\' notice, or payment in lieu, and all Services performed remain payable."',
    },
    examples: {
      flagged: [
        '⟦This Agreement shall terminate automatically upon termination or expiry of the Head Agreement for any reason.⟧',
        'Consultant will provide the Services to the End Client. ⟦If the End Client terminates its engagement with the Agency, this Agreement shall end simultaneously.⟧',
        '⟦Upon cancellation of the client contract, this Agreement will be terminated with immediate effect.⟧',
        '⟦This Agreement shall automatically terminate if the Client\'s contract with the End Client is terminated for any reason.⟧',
      ],
      clean: [
        'If the Head Agreement terminates, Agency shall promptly notify Consultant and this Agreement shall end on not less than thirty (30) days\' notice.',
        'Consultant shall not solicit the End Client for six (6) months after termination of this Agreement.',
        'Consultant will perform the Services on site at the End Client\'s offices.',
      ],
    },
  },
});
