import { defineCheck, type Actor, type DocView, type UnitView } from '../engine/check';
import { actorReader, type ActorReader } from '../engine/parties';

/** Indirect or consequential heads of loss. */
const INDIRECT = {
  fr: /(dommages?|préjudices?|pertes?)[^.]{0,40}\bindirect(s|e|es)?\b|(dommages?|préjudices?) immatériels|perte d'exploitation|manque à gagner|perte de (chiffre d'affaires|bénéfices?|clientèle|données)|atteinte à l'image/i,
  en: /consequential|indirect (loss|losses|damages?)|special (or|and) (incidental|punitive)|(loss|losses) of (profits?|revenue|business|goodwill|data|use)|lost profits/i,
};

/** Wording that makes someone answer for a loss. */
const ANSWERS = {
  fr: /responsable|répond(ra)? |réparer|indemnis|supporter|prendre en charge|garanti/i,
  en: /liable|responsible|indemnif|compensate|reimburse|bear/i,
};

/** An indemnity ("indemnify and hold harmless"); English only for now, the French wording is tuned separately. */
const INDEMNITY_EN = /\bindemnif|hold(\s\w+){0,8}\sharmless/i;

/** Someone's liability is excluded (for indirect losses or altogether). */
const EXCLUSION = {
  fr: /(ne (saurait|pourra|peut)|en aucun cas)[^.]{0,80}(être )?(tenue? )?(pour )?responsables?|(décline|n'assume|n'accepte) (toute )?(aucune )?responsabilité|aucune responsabilité|à l'exclusion (de tous?|des) (dommages|préjudices)|exclu(e|s|es)? (de toute|du droit à) (réparation|indemnisation)/i,
  en: /(in no event|under no circumstances)[^.]{0,200}(liable|responsible)|(shall|will|does|do) not be (held )?(liable|responsible)|(won't|shan't) be (held )?(liable|responsible)|(is|are) (also )?not (liable|responsible)\b|(isn't|aren't) (liable|responsible)|(assumes?|accepts?) no (liability|responsibility)|(do|does) not (assume|accept) (any )?(liability|responsibility)|disclaims? (any|all|any and all) (liability|responsibility)|exclude[sd]? (all|any) liability|(shall|will) have no (further )?(obligation or )?(liability|responsibility)|no liability (whatsoever )?(for|to)|without (notice or |any )?liability|neither [^.]{0,150}(will|shall) (be liable|have (have )?any liability)|only be liable for|excluding (any )?(liability for )?(indirect|consequential)/i,
};

/**
 * Consumer terms (role client): the service caps or excludes its liability in words other than "not liable" —
 * a cap on its total liability, "you agree not to hold us liable", a release, "at your own risk", a sole remedy.
 * For a consumer a cap is as one-sided as an exclusion; for a freelancer LB-01 weighs caps.
 */
const CONSUMER_LIMIT = {
  fr: /\b(responsabilité|indemnisation|réparation)\b[^.]{0,80}\b((est |sera )?(limitée|plafonnée)|ne (saurait|pourra|peut) (en aucun cas )?(excéder|dépasser))|renonce(z)? à (tout recours|toute réclamation)/i,
  en: /\b(aggregate|total|maximum|entire|cumulative)( aggregate)? liability\b[^.]{0,200}\b(exceed|limited to|not be more than|greater of|lesser of)|\bliable to you only\b|\bsole and exclusive remedy|\b(not|never) to hold [^.]{0,60}\b(liable|responsible)|\bwill not hold (us|them|it|[A-Z][\w.&-]*) (liable|responsible)|\breleases? [^.]{0,60}\bfrom (any and all |all |any )?(liability|claims)|\b(limits?|limitations? (of|on)) [^.]{0,30}\bliability to you|\b(no|without (any )?)refunds?\b|\bnot (required|obliged|obligated) to (provide|issue|give) (a |any )?refund|\b(is|are) only liable\b|\bour only liability\b|\ball liability of\b[^.]{0,200}\b(limited|exceed)|\blimitations? (of|on) liability\b[^.]{0,80}\bapply/i,
};

/** In consumer terms: the user, not the service, is the one not liable ("you will not be liable…"). */
const USER_NOT_LIABLE = {
  fr: /\b(vous|l['’]Utilisateur|le Client|le Membre|l['’]Adhérent|le consommateur|le Passager|l['’]Abonné|le Titulaire)\s+ne (saurait|sera|serez|pourra|pourrez|peut|pouvez) (pas |en aucun cas |jamais )?(être )?(tenue?s? )?(pour )?responsable/i,
  en: /\b(you|users?) (shall|will|are|is) (not|never) (be )?(held )?(liable|responsible)|\bin no event (shall|will) you be (liable|responsible)/i,
};

/**
 * Consumer terms disclaim what the service does not control — third-party sites, other users' content. A
 * consumer lawyer leaves these alone; the exclusions that matter cover the service's own performance.
 */
const THIRD_PARTY_ONLY = {
  fr: /\bresponsab\w* (du fait |à l'égard |quant )?(des?|du|aux?)\b[^.]{0,60}\b(sites? (tiers|externes)|liens? hypertextes?|contenus? (publiés par|des) (les )?(autres )?utilisateurs|tiers)\b/i,
  en: /\b(liable|responsible|liability|responsibility),? (or (liable|responsible) )?(for|in respect of|with respect to|regarding)\b[^.]{0,80}\b(third[- ]part(y|ies)|linked (web)?sites?|links|(web)?sites? (operated|owned|controlled) by|user[- ]generated content|user content|user material|(other|our|any) users?\b|users')/i,
};

/** "You agree that we shall not be liable…": the exclusion's subject follows "that". */
const ACKNOWLEDGE = {
  fr: /^\W*(vous|le \p{L}+|la \p{L}+|l'\p{L}+)[^.]{0,20}\b(reconna[îi]t|reconnaissez|accepte|acceptez)[^.]{0,30}\bque\b/iu,
  en: /^\W*(you|the \p{L}+|\p{L}+)[^.]{0,20}\b(agrees?|acknowledges?|understands?|accepts?)[^.]{0,40}\bthat\b/iu,
};

const readers = new WeakMap<readonly UnitView[], ActorReader>();
function actorOf(unit: UnitView, doc: DocView): Actor {
  const m = ACKNOWLEDGE[unit.lang].exec(unit.text);
  if (!m) return unit.actor;
  let reader = readers.get(doc.units);
  if (!reader) {
    reader = actorReader(doc.parties, doc.role);
    readers.set(doc.units, reader);
  }
  return reader.actorOf(unit.text.slice(m.index + m[0].length));
}

/** Per document (units array): whether an exclusion shields the user. Cached: assess runs per unit. */
const userExcluded = new WeakMap<readonly UnitView[], boolean>();
function hasUserExclusion(doc: DocView): boolean {
  let v = userExcluded.get(doc.units);
  if (v === undefined) {
    v = doc.units.some((u) => EXCLUSION[u.lang].test(u.text) && actorOf(u, doc) === 'user');
    userExcluded.set(doc.units, v);
  }
  return v;
}

const DAMAGE = /dommages?|préjudices?|pertes?|damages?|loss(es)?|harm|claims?|réclamations?|conséquences|consequences/i;

/** Savings clauses ("Nothing in these Terms excludes liability for fraud") protect, they do not exclude. */
const SAVING = {
  fr: /rien (dans|de) [^.]{0,60}(n'exclut|ne limite|n'a pour effet)|(n'exclut|ne limite) (pas|en rien) la responsabilité/i,
  en: /nothing in [^.]{0,60}(shall |will |is intended to )?(exclude|limit)s?\b|\b(some|certain) (jurisdictions|states|countries)[^.]{0,40}\b(do not|don't|does not) (allow|permit)\b|(does|shall|will) not (exclude|limit) (any )?(liability|either party's liability)/i,
};

/** Mutual wording the actor reader may miss ("Neither party shall be liable…"). */
const MUTUAL = {
  fr: /aucune des parties|aucune partie|ni l'une ni l'autre|chacune des parties/i,
  en: /neither party|neither of the parties|each party|either party|both parties/i,
};

/** Caps belong to LB-01; this check leaves them alone to avoid two findings on one sentence. */
const CAP = {
  fr: /ne (saurait|pourra|peut) (en aucun cas )?(excéder|dépasser)|limitée à|plafonnée/i,
  en: /(shall|will|does|do) not (in the aggregate )?exceed|limited to (the )?(amount|fees|sum|\$|£|€)/i,
};

export default defineCheck({
  id: 'LB-02',
  category: 'liability',
  severity: 'high',
  kind: 'risky',
  // 'any': the user liable for indirect losses (actor user) and an exclusion shielding only the other side
  // (actor other) both hurt; assess tells them apart.
  party: 'any',
  assess({ unit }, doc) {
    const text = unit.text;
    const lang = unit.lang;
    const indirect = INDIRECT[lang].test(text);
    if (SAVING[lang].test(text)) return null;
    if (doc.role === 'client' && (EXCLUSION[lang].test(text) || CONSUMER_LIMIT[lang].test(text))) {
      // Terms of service: an exclusion or cap protects the service unless the user is named as not liable; the
      // sentence's first subject ("You agree…", "…claiming through you") says little here.
      if (USER_NOT_LIABLE[lang].test(text) || MUTUAL[lang].test(text)) return null;
      if (THIRD_PARTY_ONLY[lang].test(text)) return null;
      return { severity: indirect ? 'medium' : 'high', params: { indirect_included: false, data_loss_on_freelancer: false, one_way_exclusion: true } };
    }
    if (EXCLUSION[lang].test(text)) {
      // An unnamed subject ("Airbnb is not liable…") is the other side when the user is the client of a service.
      const actor = actorOf(unit, doc);
      const other = actor === 'other' || (actor === 'unknown' && doc.role === 'client');
      if (!other || MUTUAL[lang].test(text) || CAP[lang].test(text)) return null;
      if (doc.role === 'provider') {
        // Between businesses: only exclusions of damages count ("not responsible for Provider's taxes" does not),
        // and an exclusion that also shields the user makes it mutual. Consumer terms have no such mirror, and
        // their "you acknowledge…" sentences would fake one.
        if (!DAMAGE.test(text)) return null;
        if (hasUserExclusion(doc)) return null;
      }
      return { severity: indirect ? 'medium' : 'high', params: { indirect_included: false, data_loss_on_freelancer: false, one_way_exclusion: true } };
    }
    if (indirect && ANSWERS[lang].test(text) && unit.actor === 'user') {
      // Indirect losses carried through an indemnity: the clause is the indemnity.
      const category = lang === 'en' && INDEMNITY_EN.test(text) ? ('indemnity' as const) : undefined;
      return { category, severity: 'high', params: { indirect_included: true, data_loss_on_freelancer: /donn[ée]es|data/i.test(text), one_way_exclusion: false } };
    }
    return null;
  },
  fr: {
    triggers: [INDIRECT.fr, EXCLUSION.fr, CONSUMER_LIMIT.fr],
    text: {
      title: 'Dommages indirects à votre charge',
      explanation:
        "Vous répondez de pertes lointaines et imprévisibles (perte d'exploitation, manque à gagner, perte de données), ou l'autre partie s'exonère seule de sa responsabilité alors que la vôtre reste entière.",
      basis:
        "Par défaut, seuls les dommages prévisibles (C. civ. 1231-3) et suite immédiate et directe de l'inexécution (C. civ. 1231-4) sont réparés : la clause aggrave la règle légale. Une exclusion qui ne profite qu'à une partie est un déséquilibre à négocier (usage : exclusion réciproque).",
      suggestion:
        "« Aucune des Parties ne sera tenue responsable envers l'autre des dommages indirects, tels que perte d'exploitation, manque à gagner ou perte de données. Le Client demeure responsable de la sauvegarde de ses données et de la validation des mises en production. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire sera responsable de tous les dommages directs et indirects subis par le Client du fait de l'exécution de la mission.⟧",
        "Le Consultant intervient sur l'instance de production. ⟦Le Consultant indemnisera le Client de toute perte d'exploitation, perte de données ou manque à gagner résultant d'une erreur de paramétrage.⟧",
        "⟦Le Prestataire s'engage à réparer l'ensemble des préjudices, y compris immatériels et indirects, causés à la Société ou à ses clients.⟧",
        "Le Prestataire répond de ses manquements dans les conditions du droit commun. ⟦En aucun cas le Client ne pourra être tenu responsable envers le Prestataire de quelque dommage que ce soit.⟧",
      ],
      clean: [
        "Aucune des Parties ne sera tenue responsable envers l'autre des dommages indirects, tels que perte d'exploitation ou manque à gagner.",
        "Le Prestataire ne saurait être tenu responsable d'une perte de données résultant d'une absence de sauvegarde par le Client.",
        "Chacune des Parties répond des seuls dommages directs causés à l'autre, à l'exclusion de tout préjudice indirect.",
      ],
    },
  },
  en: {
    triggers: [INDIRECT.en, EXCLUSION.en, CONSUMER_LIMIT.en],
    text: {
      title: 'Indirect losses on you, one-sided exclusions',
      explanation:
        'You answer for remote, unforeseeable losses (lost profits, business interruption, lost data), or the other side excludes its own liability while yours stays whole.',
      basis:
        'By default only foreseeable, direct losses are recoverable (French C. civ. 1231-3 and 1231-4; remoteness in common law): the clause makes the default worse. Freelance contract guides recommend a mutual exclusion of consequential loss.',
      suggestion:
        '"Neither party shall be liable to the other for any indirect, incidental or consequential damages, including lost profits, loss of business or loss of data. Client remains responsible for backing up its data and for approving changes to production systems."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall be liable to Company for all direct, indirect and consequential damages, including lost profits, arising out of the Services.⟧',
        'Consultant will administer the production instance. ⟦Consultant shall indemnify Client for any loss of data or loss of business caused by a configuration error.⟧',
        'You are responsible for your account. ⟦In no event shall we be liable to you for any damages arising from your use of the Service.⟧',
        '⟦Company shall not be liable for any lost profits, loss of revenue or consequential damages suffered by Contractor.⟧ Contractor shall be liable for all damages caused by its breach.',
        'Please read these Terms carefully. ⟦You agree that we shall not be liable for any loss of data or interruption of the Service.⟧',
      ],
      clean: [
        'Neither party shall be liable to the other for any indirect, incidental or consequential damages, including lost profits.',
        "Contractor shall not be liable for any loss of data resulting from Client's failure to maintain backups.",
        "Except for breach of confidentiality, in no event shall either party be liable for lost profits or consequential damages.",
        'Nothing in this Agreement limits or excludes either party\'s liability for death or personal injury caused by negligence or for fraud.',
      ],
    },
  },
});
