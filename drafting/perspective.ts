/**
 * Check explanations speak to the freelancer ("Cette clause vous empêche…", "You would be paid…"). In a letter
 * the freelancer writes to the client, "vous"/"you" would mean the client, so the impact line is put in the
 * first person ("…m'empêche…", "I would be paid…"). Only patterns known to be safe are rewritten; when a
 * second-person word is left that the tables do not cover, the caller uses a neutral sentence instead.
 */
import type { Kind, Lang } from '../rules/engine/types';

/** Present, future and conditional "vous" forms → "je" forms (the ones check texts use, and common ones). */
const FR_VERBS: Record<string, string> = {
  êtes: 'suis', avez: 'ai', pouvez: 'peux', devez: 'dois', voulez: 'veux', savez: 'sais', faites: 'fais', dites: 'dis',
  allez: 'vais', venez: 'viens', prenez: 'prends', perdez: 'perds', répondez: 'réponds', vendez: 'vends',
  recevez: 'reçois', connaissez: 'connais', garantissez: 'garantis', fournissez: 'fournis', choisissez: 'choisis',
  soyez: 'sois', ayez: 'aie', portez: 'porte', supportez: 'supporte', renoncez: 'renonce', cédez: 'cède',
  signez: 'signe', dénoncez: 'dénonce', risquez: 'risque', accédez: 'accède', engagez: 'engage', restez: 'reste',
  travaillez: 'travaille', assumez: 'assume', facturez: 'facture', gardez: 'garde', payez: 'paie', touchez: 'touche',
  livrez: 'livre', acceptez: 'accepte', donnez: 'donne', laissez: 'laisse', cessez: 'cesse', continuez: 'continue',
  pourriez: 'pourrais', devriez: 'devrais', seriez: 'serais', auriez: 'aurais', voudriez: 'voudrais',
  serez: 'serai', aurez: 'aurai', pourrez: 'pourrai', devrez: 'devrai', ferez: 'ferai', irez: 'irai',
  aviez: 'avais', étiez: 'étais', pouviez: 'pouvais', deviez: 'devais',
};

/** Gender of nouns met after "votre" (vowel- and h-initial nouns take "mon" whatever their gender). */
const FR_FEMININE = new Set(['rémunération', 'responsabilité', 'trésorerie', 'part', 'facture', 'créance', 'charge', 'mission', 'prestation', 'clientèle', 'réputation', 'liberté', 'marge', 'société', 'capacité', 'carrière', 'situation', 'santé', 'famille', 'vie', 'propriété', 'compétence', 'rentabilité', 'disponibilité', 'signature', 'position']);
const FR_MASCULINE = new Set(['travail', 'tarif', 'savoir-faire', 'revenu', 'prix', 'métier', 'domaine', 'côté', 'paiement', 'contrat', 'client', 'temps', 'chiffre', 'statut', 'droit', 'nom', 'code', 'projet', 'poste', 'compte', 'délai', 'devis', 'cabinet', 'matériel', 'portefeuille', 'planning', 'rythme', 'préavis', 'salaire', 'risque', 'savoir', 'fournisseur', 'logiciel', 'bureau', 'chef', 'secteur', 'carnet']);
const FR_PREPOSITIONS = new Set(['chez', 'pour', 'avec', 'contre', 'envers', 'à', 'de', 'sans', 'que', 'sur', 'par', 'entre']);
const FR_CLITICS = new Set(['le', 'la', 'les', "l'", 'en', 'y', 'lui', 'leur']);

const VOWEL = /^[aeiouyàâäéèêëîïôöûùh]/i;
const WORD = /[\p{L}]+(?:-[\p{L}]+)*['’]?|[^\p{L}]+/gu;

function capitalise(word: string, like: string): string {
  return like[0] && like[0] !== like[0].toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function isWord(token: string | undefined): boolean {
  return !!token && /^\p{L}/u.test(token);
}

function frenchFirstPerson(sentence: string): string | null {
  const tokens = sentence.match(WORD) ?? [];
  const out: string[] = [];
  // Index of the next word token after i (skipping separators), or -1.
  const next = (i: number) => {
    for (let j = i + 1; j < tokens.length; j++) if (isWord(tokens[j])) return j;
    return -1;
  };
  const prevWord = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (isWord(tokens[j])) return tokens[j]!.toLowerCase();
    return '';
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.toLowerCase();
    if (lower === 'vos') {
      out.push(capitalise('mes', token));
    } else if (lower === 'votre') {
      const n = tokens[next(i)]?.toLowerCase() ?? '';
      const det = VOWEL.test(n) || FR_MASCULINE.has(n) ? 'mon' : FR_FEMININE.has(n) ? 'ma' : null;
      if (!det) return null;
      out.push(capitalise(det, token));
    } else if (lower === 'vôtre') {
      const article = prevWord(i);
      const pronoun = article === 'la' ? 'mienne' : article === 'le' ? 'mien' : null;
      if (!pronoun) return null;
      out.push(pronoun);
    } else if (lower === 'vous-même') {
      out.push(capitalise('moi-même', token));
    } else if (lower === 'vous') {
      // Walk past negation and object pronouns to the verb: "vous ne le dénoncez pas", "vous vous engagez".
      const between: string[] = [];
      let j = next(i);
      while (j >= 0 && ['ne', "n'", 'n’', 'vous', ...FR_CLITICS].includes(tokens[j]!.toLowerCase())) {
        between.push(tokens[j]!.toLowerCase());
        j = next(j);
      }
      const verb = j >= 0 ? tokens[j]!.toLowerCase() : '';
      const firstPerson = FR_VERBS[verb];
      if (firstPerson && !between.slice(1).includes('ne')) {
        const words = ['je', ...between.map((w) => (w === 'vous' ? 'me' : w === 'n’' ? "n'" : w)), firstPerson];
        out.push(capitalise(words.join(' ').replace(/ (n'|l') /g, ' $1'), token));
        // Skip the tokens just rewritten.
        i = j;
        continue;
      }
      const after = tokens[i + 1] ?? '';
      const following = tokens[next(i)]?.toLowerCase() ?? '';
      // Stressed pronoun after a preposition: "chez vous.", "c'est à vous de…", "pour vous et…".
      const stressed = next(i) < 0 || /^\s*[,.;:!?)]/.test(after) || /^(de|d'|d’|et|ou)$/.test(following);
      if (FR_PREPOSITIONS.has(prevWord(i)) && stressed) {
        out.push('moi');
      } else if (/ez$/.test(verb) || ['seul', 'seule', 'seuls', 'même'].includes(verb)) {
        return null; // An unknown "vous" verb form or "vous seul": not rewritten safely.
      } else {
        out.push(capitalise('me', token));
      }
    } else {
      out.push(token);
    }
  }
  const text = out
    .join('')
    .replace(/\b([Jj]e|[Mm]e) (?=[aeiouyàâäéèêëîïôöûùh])/g, (_, w: string) => `${w[0]}'`)
    .replace(/\b([Nn])e (?=[aeiouyàâäéèêëîïôöûùh])/g, "$1'");
  // A "vous" verb form left without its pronoun ("Vous renoncez … ou ne pouvez pas") cannot be fixed here.
  const leftover = (text.match(WORD) ?? []).some((w) => w.toLowerCase() in FR_VERBS);
  return leftover || /(^|[^\p{L}])(vous|votre|vos|vôtre)(?![\p{L}])/iu.test(text) ? null : text;
}

const EN_AUX = new Set([
  'would', 'could', 'can', 'cannot', "can't", 'might', 'may', 'must', 'should', 'will', 'shall', "won't", 'have', 'had',
  'do', "don't", 'did', "didn't", "wouldn't", "couldn't", 'need', 'get', 'carry', 'lose', 'bear', 'remain', 'stay',
  'keep', 'pay', 'give', 'hand', 'still', 'only', 'also', 'then', 'alone', 'waive', 'assign', 'agree', 'sign', 'accept',
  'owe', 'take', 'work', 'wait', 'risk', 'face', 'answer', 'guarantee', 'warrant', 'renounce', 'depend', 'know', 'create',
]);
const EN_OBJECT_BEFORE = new Set(['on', 'to', 'for', 'from', 'with', 'against', 'of', 'by', 'about', 'at', 'than', 'let', 'make', 'help', 'give', 'tell', 'ask', 'pay', 'cost', 'leave', 'keep', 'bind', 'force', 'allow', 'expose', 'prevent', 'stop', 'hold']);

function englishFirstPerson(sentence: string): string | null {
  let text = sentence
    .replace(/\byou're\b/gi, (m) => capitalise("I'm", m))
    .replace(/\byou've\b/gi, "I've")
    .replace(/\byou'll\b/gi, "I'll")
    .replace(/\byou'd\b/gi, "I'd")
    .replace(/\byou aren't\b/gi, 'I am not')
    .replace(/\byou weren't\b/gi, "I wasn't")
    .replace(/\byou are\b/gi, 'I am')
    .replace(/\byou were\b/gi, 'I was')
    .replace(/\byourself\b/gi, (m) => capitalise('myself', m))
    .replace(/\byours\b/gi, (m) => capitalise('mine', m))
    .replace(/\byour\b/gi, (m) => capitalise('my', m));
  text = text.replace(/\byou\b/gi, (m, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    const prev = /([\p{L}']+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    const nextWord = /^\W*([\p{L}']+)/u.exec(whole.slice(offset + m.length))?.[1]?.toLowerCase() ?? '';
    if (EN_AUX.has(nextWord)) return 'I';
    if (EN_OBJECT_BEFORE.has(prev) || /(?:s|ed)$/.test(prev)) return 'me';
    if (before.trim() === '' || /[:;,]\s*$/.test(before) || /^(and|but|or|while|if|unless|when|until|that|so|because|where|whereas|although|before|after|since|as)$/.test(prev)) return 'I';
    return 'me';
  });
  return /\byou/i.test(text) ? null : text;
}

/** `sentence` said by the freelancer about themself, or null when it cannot be rewritten safely. */
export function toFirstPerson(sentence: string, lang: Lang): string | null {
  return lang === 'fr' ? frenchFirstPerson(sentence) : englishFirstPerson(sentence);
}

const NEUTRAL: Record<Lang, Record<Kind, string>> = {
  fr: {
    risky: 'Cette clause crée un déséquilibre à mon détriment.',
    'one-way': 'Cette clause ne joue que dans un sens, sans réciprocité.',
    missing: 'Le contrat ne prévoit pas cette protection.',
  },
  en: {
    risky: 'This clause creates an imbalance to my detriment.',
    'one-way': 'This clause works one way only, with no reciprocity.',
    missing: 'The agreement does not provide this protection.',
  },
};

/** The impact line of a point: the explanation's sentence in the first person, else a neutral sentence for its kind. */
export function impactSentence(sentence: string, kind: Kind, lang: Lang): string {
  return (sentence.trim() && toFirstPerson(sentence, lang)) || NEUTRAL[lang][kind];
}
