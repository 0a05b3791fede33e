/**
 * Parties and actors. Reads the defined party names ("ci-après dénommé « le Prestataire »", (the
 * "Contractor")) and maps each to provider or client with the catalog's role dictionary; then tells, for a
 * unit, which side is its grammatical subject, seen from the user's role.
 */
import type { Actor } from './check';
import type { Party, Role } from './types';
import { compileOnce } from './warm';

/** Role dictionary of RULES-CATALOG.md §0 (head nouns, lower case). */
const PROVIDER_NOUNS = [
  'prestataire', 'consultant', 'sous-traitant', 'intervenant', 'freelance', 'titulaire', 'fournisseur',
  'indépendant', 'contractor', 'supplier', 'service provider', 'vendor', 'freelancer', 'provider',
  'subcontractor', 'sub-contractor',
];
const CLIENT_NOUNS = [
  'client final', 'donneur d\'ordre', 'donneur d\'ordres', 'client', 'société', 'mandant', 'esn', 'bénéficiaire',
  'end client', 'end-client', 'company', 'customer', 'principal',
];

/** The reader's side in terms of service: names of the client side, taken only as a capitalised name. */
const CONSUMER_NOUNS = [
  'utilisateur', 'utilisatrice', 'abonné', 'abonnée', 'membre', 'acheteur', 'acheteuse', 'voyageur', 'passager',
  'titulaire du compte', 'user', 'member', 'subscriber', 'buyer', 'purchaser', 'account holder',
];
const CONSUMER = new Set(CONSUMER_NOUNS);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A lookahead on the first character of the given words ("(?=[lLtTPC…])"), for a regex that matches one of
 * them after a lookbehind: such a regex is otherwise tried in full at every position of the text; with it,
 * most positions fail at once. Only a necessary condition, so the matches are the same; '' when a word is
 * empty or starts with a space (its alternative may start with any space, or match nothing).
 */
function firstCharLookahead(words: string[]): string {
  if (words.some((w) => w.length === 0 || w[0] === ' ')) return '';
  const chars = [...new Set(words.map((w) => String.fromCodePoint(w.codePointAt(0)!)))];
  return `(?=[${chars.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}])`;
}

/** The role a defined name carries by its head noun: "le Prestataire" → provider, "the End Client" → client. */
export function roleOfName(name: string): Role | null {
  const n = name.toLowerCase().replace(/^(?:le|la|les|l'|the)\s*/, '').trim();
  for (const noun of PROVIDER_NOUNS) if (n === noun || n.startsWith(`${noun} `)) return 'provider';
  for (const noun of CLIENT_NOUNS) if (n === noun || n.startsWith(`${noun} `)) return 'client';
  return null;
}

const NAME = (n: number) => `(?<n${n}>[^"«»\\n()]{1,40}?)`;
const DEFINITION_RE = new RegExp(
  [
    // ci-après dénommé(e) « le Prestataire », ci-après « le Client », ci-dessous désignée "la Société"
    `ci-(?:après|dessous)\\s*,?\\s*(?:(?:dénommée?s?|désignée?s?|appelée?s?|nommée?s?)\\s+)?(?:par\\s+)?(?:«\\s?|")${NAME(1)}(?:\\s?»|")`,
    // hereinafter referred to as the "Contractor", hereafter "Company"
    `(?:hereinafter|hereafter)\\s*,?\\s*(?:(?:referred\\s+to|called|designated|known)\\s+)?(?:as\\s+)?(?:the\\s+)?"${NAME(2)}"`,
    // ci-après dénommée le Client, ci-après le Prestataire (no quotes: only dictionary names are taken)
    `ci-(?:après|dessous)\\s*,?\\s*(?:(?:dénommée?s?|désignée?s?|appelée?s?|nommée?s?)\\s+)?(?<n4>(?:le|la|l')\\s?\\p{Lu}[\\p{L}'-]{1,30}(?:\\s+final)?)(?![\\p{L}])`,
    // (the "Contractor"), ("Company"), (« le Client »)
    `\\(\\s*(?:the\\s+|le\\s+|la\\s+|l')?(?:«\\s?|")${NAME(3)}(?:\\s?»|")\\s*\\)`,
  ].join('|'),
  'giu',
);
/** Words that show a definition names a legal person (so an unknown name like "ACME" is a party). */
const PARTY_CONTEXT = /(?:SAS|SASU|SARL|EURL|SA|SCOP|Inc\.?|LLC|Ltd|Limited|plc|GmbH|société|company|corporation|entreprise|immatriculée?|registered|demeurant|domicilié|siège|capital|represented|représentée?|auto-entrepreneur|micro-entrepreneur)(?![\p{L}])/u;

/** Defined parties of the text, or dictionary names found in it when the contract defines none. */
export function findParties(text: string): Party[] {
  const defined: Party[] = [];
  const unknown: { name: string; start: number; end: number }[] = [];
  const seen = new Set<string>();
  DEFINITION_RE.lastIndex = 0;
  for (let m = DEFINITION_RE.exec(text); m; m = DEFINITION_RE.exec(text)) {
    const g = m.groups!;
    const name = (g.n1 ?? g.n2 ?? g.n3 ?? g.n4 ?? '').trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key) || /\bpart(?:ies|ie|y|ies)\b/i.test(name)) continue;
    const role = roleOfName(name);
    const at = { name, start: m.index, end: m.index + m[0].length };
    if (role) {
      seen.add(key);
      defined.push({ ...at, role });
    } else if (g.n4 === undefined && PARTY_CONTEXT.test(text.slice(Math.max(0, m.index - 200), m.index))) {
      seen.add(key);
      unknown.push(at);
    }
  }
  // A name outside the dictionary ("ACME") takes the side no defined name holds yet.
  for (const u of unknown) {
    const roles = new Set(defined.map((p) => p.role));
    if (roles.size === 1) defined.push({ ...u, role: roles.has('provider') ? 'client' : 'provider' });
  }
  if (defined.length > 0) return defined.sort((a, b) => a.start! - b.start!);
  // No definitions: the dictionary names the contract uses with a capital ("le Prestataire", "the Company").
  const found: Party[] = [];
  const nouns = [...PROVIDER_NOUNS, ...CLIENT_NOUNS].map((n) => n[0]!.toUpperCase() + n.slice(1));
  const re = new RegExp(
    `${firstCharLookahead(['Le', 'le', 'La', 'la', 'The', 'the', ...nouns])}(?<![\\p{L}])(?:(?:[Ll]e|[Ll]a|[Ll]'|[Tt]he)\\s?)?(?:${nouns.map(escape).join('|')})(?![\\p{L}])`,
    'gu',
  );
  const names = new Set<string>();
  for (let m = re.exec(text); m && names.size < 6; m = re.exec(text)) {
    const name = m[0];
    const head = name.replace(/^(?:le|la|l'|the)\s?/i, '').toLowerCase();
    if (names.has(head)) continue;
    names.add(head);
    found.push({ name, role: roleOfName(name)! });
  }
  return found;
}

/** Which side "we" and "you" stand for when the contract says so (a freelancer's own template: "Go Free Range
 * Ltd (we, us)", "the Contractor ("you")"); empty for terms of service, where "you" is the reader. */
export interface PronounRoles {
  we?: Role;
  you?: Role;
  /** Names given with "we" ('Airbnb Ireland UC ("Airbnb", "we", "us")'): they read as "we". */
  weNames?: string[];
}
const PAREN = /\(([^()\n]{1,80})\)/g;
/** A parenthetical that only names: quotes, commas, pronouns, articles, "or"/"and", capitalised names. */
const NAMING_PAREN =
  /^(?:[\s"“”«»,;']|(?<![\p{L}])(?:we|us|our|ours|you|your|yours|nous|vous|the|le|la|les|l|or|and|et|ou|hereinafter|ci-après)(?![\p{L}])|\p{Lu}[\p{L}&.'-]*(?![\p{L}&.'-]))+$/u;
const PRONOUN_WORD = /(?<![\p{L}])(?:(?<we>we|us|our|nous)|(?<you>you|your|vous))(?![\p{L}])/iu;
const NOT_A_NAME = /^(?:we|us|our|ours|nous|the|le|la|les)$/i;
const NAME_BEFORE = /((?:the\s+|le\s+|la\s+|l')?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4})\s*,?\s*$/u;

export function pronounRoles(text: string, parties: Party[]): PronounRoles {
  const out: PronounRoles = {};
  const roleOf = (name: string): Role | null =>
    roleOfName(name) ?? parties.find((p) => p.name.toLowerCase() === name.toLowerCase())?.role ?? null;
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const inner = m[1]!;
    const pronoun = PRONOUN_WORD.exec(inner);
    if (!pronoun || !NAMING_PAREN.test(inner)) continue;
    const key = pronoun.groups!.we ? 'we' : 'you';
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (key === 'we') {
      const names = (out.weNames ??= []);
      for (const word of inner.match(/\p{Lu}[\p{L}&.'-]*/gu) ?? []) if (!NOT_A_NAME.test(word)) names.push(word);
      if (before) names.push(before[1]!.trim().replace(/^(?:the|le|la|l')\s*/i, ''));
    }
    if (out[key]) continue;
    // A dictionary name inside ('(the "Company", "we")'), else the name before ("Go Free Range Ltd (we, us)").
    let role: Role | null = null;
    for (const word of inner.match(/\p{Lu}[\p{L}-]*/gu) ?? []) role ??= roleOfName(word);
    role ??= before ? roleOf(before[1]!.trim()) : null;
    if (role) out[key] = role;
  }
  // 'Acme ("Company", "we")' alone is a service's terms of service more often than a client's contract.
  if (out.we === 'client' && !out.you) delete out.we;
  if (out.we && !out.you) out.you = out.we === 'provider' ? 'client' : 'provider';
  else if (out.you && !out.we) out.we = out.you === 'provider' ? 'client' : 'provider';
  return out;
}

/** Who a unit binds or empowers, through the parties' names. */
export interface ActorReader {
  actorOf(text: string): Actor;
}

const MUTUAL_RE =
  /(?<![\p{L}])(?:chacune\s+des\s+parties|chaque\s+partie|les\s+parties|l'une\s+ou\s+l'autre\s+(?:des\s+)?parties?|les\s+deux\s+parties|réciproque(?:ment)?|mutuel(?:le)?(?:ment)?|each\s+party|either\s+party|both\s+parties|the\s+parties|each\s+of\s+the\s+parties|either\s+of\s+the\s+parties|neither\s+party|neither\s+of\s+the\s+parties|aucune\s+(?:des\s+)?parties?|ni\s+l'une\s+ni\s+l'autre|mutual(?:ly)?|reciprocal(?:ly)?)(?![\p{L}])/iu;
/** A word before a name that makes it a complement, not the subject: "au Client", "to the Company". */
const COMPLEMENT_BEFORE =
  /(?:^|[^\p{L}])(?:à|au|aux|de|du|des|d'|pour|par|envers|avec|contre|chez|sur|entre|auprès\s+du|auprès\s+de|vis-à-vis\s+du|en|dans|to|of|by|for|with|from|against|toward|towards|upon|on|in|into|under|over|than|between|notify|inform|pay|give|gives|giving|send|sends|sending|provide|provides|providing|grant|grants|granting|allow|allows|allowing|offer|offers|offering|informer|notifier|payer|verser)\s+(?:le\s+|la\s+|l'|les\s+|the\s+|its\s+|son\s+|sa\s+)?$/iu;

const SUBORDINATE_START =
  /^(?:si|s'il|lorsque|lorsqu'|quand|dès que|dès lors que|au cas où|dans le cas où|à moins que|sauf si|if|when|where|whenever|in the event|should|unless|once)(?![\p{L}])/iu;
const JOINT = /^\s+(?:et|and)\s+(?:le\s+|la\s+|l'|the\s+)?/iu;
/** "You (hereby) acknowledge and agree that", "Le Prestataire reconnaît que", "Il est expressément convenu que":
 * a short main clause whose complement clause carries the subject that acts. */
const COMPLEMENT_CLAUSE =
  /^(?:[\p{L}'-]+\s+){0,4}(?:agrees?|agreed|acknowledges?|acknowledged|understands?|understood|accepts?|reconna(?:ît|it|issez|issent|issons)|acceptez?|acceptent|convien(?:t|nent)|convenez|convenu|entendu|rappelé|précisé|stipulé)(?:\s+(?:and|et)\s+(?:agrees?|acknowledges?|accepts?|understands?|acceptez?|acceptent|reconna(?:ît|it|issez|issent)))?\s+(?:that\s+|que\s+|qu')/iu;
/** "be terminated by the", "sera résilié par le", "être mis fin au contrat par le": a passive agent follows. */
const PASSIVE_AGENT_BEFORE =
  /(?:^|[^\p{L}])(?:be|been|being|is|are|was|were|être|été|sera|seront|serait|seraient|est|sont|soit|soient)\s+(?:[\p{L}'-]+\s+){1,4}(?:by|par)\s+(?:le\s+|la\s+|l'|les\s+|the\s+)?$/iu;
/** "shall not be reimbursed by the Customer", "ne pourra être invoquée par le Prestataire": a negated passive
 * relieves or denies its agent, it does not tell who is bound. */
const NEGATION = /(?:^|[^\p{L}])(?:(?:not|never|no|ne|aucune?|nul|nulle|jamais)(?![\p{L}'])|n')/iu;
/** "Il indemnisera le Client", "It shall pay the Company": the name after a leading pronoun is an object. */
const LEADING_PRONOUN = /^(?:[Ii]l|[Ee]lle|[Hh]e|[Ss]he|[Ii]t)\s/u;

export function actorReader(parties: Party[], role: Role, pronouns: PronounRoles = {}): ActorReader {
  // Names: the defined ones, then the dictionary (a contract that defines "le Consultant" may still say
  // "le Client final"). Longest first so "Client final" wins over "Client".
  const byName = new Map<string, Role | 'you' | 'we'>();
  for (const p of parties) byName.set(p.name.toLowerCase().replace(/^(?:le|la|les|l'|the)\s*/, ''), p.role);
  for (const n of PROVIDER_NOUNS) if (!byName.has(n)) byName.set(n, 'provider');
  for (const n of CLIENT_NOUNS) if (!byName.has(n)) byName.set(n, 'client');
  for (const n of CONSUMER_NOUNS) if (!byName.has(n)) byName.set(n, 'client');
  // Terms of service: "you" is the reader, "we" the other side, unless the contract says who they are.
  for (const n of ['you', 'vous']) byName.set(n, pronouns.you ?? 'you');
  for (const n of ['we', 'us', 'nous', ...(pronouns.weNames ?? []).map((n) => n.toLowerCase())]) byName.set(n, pronouns.we ?? 'we');
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  // Not followed by a letter or an apostrophe: "the Company's staff" does not make the Company the subject.
  const mention = new RegExp(
    `${firstCharLookahead(names)}(?<![\\p{L}])(?:${names.map((n) => escape(n).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}'])`,
    'giu',
  );

  // Run on unit after unit: compiled at once (warm.ts). /iu with \p{L} makes them the costliest to compile.
  compileOnce(mention, MUTUAL_RE, COMPLEMENT_CLAUSE, SUBORDINATE_START, COMPLEMENT_BEFORE, PASSIVE_AGENT_BEFORE, NEGATION, JOINT, LEADING_PRONOUN);

  type Subject = { subject: Role | 'you' | 'we' | null; at: number; joint?: boolean };
  /** The first party name from `from` that is not a complement (a passive agent is one). */
  const subjectFrom = (text: string, from: number, afterPronoun: boolean): Subject => {
    // "Si le Client ne paie pas, le Prestataire pourra…": the subject is after the leading subordinate clause.
    const comma = SUBORDINATE_START.test(from > 0 ? text.slice(from, from + 40) : text) ? text.indexOf(',', from) : -1;
    mention.lastIndex = comma > 0 && comma - from < 300 ? comma + 1 : from;
    for (let m = mention.exec(text); m; m = mention.exec(text)) {
      if (COMPLEMENT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) {
        // "Le contrat pourra être résilié par le Client": the agent acts.
        const window = text.slice(Math.max(from, m.index - 60), m.index);
        if (!PASSIVE_AGENT_BEFORE.test(window) || NEGATION.test(window)) continue;
      } else if (afterPronoun) continue;
      const key = m[0].toLowerCase().replace(/\s+/g, ' ');
      // "l'Utilisateur" is a party, "compte utilisateur", "User Data" and "Member States" are not.
      if (CONSUMER.has(key) && (/^\p{Ll}/u.test(m[0]) || /^\s\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))) continue;
      const subject = byName.get(key) ?? null;
      // "Le Client et le Prestataire conviennent…", "Company and Contractor agree…": a joint subject.
      const joint = JOINT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (joint) {
        mention.lastIndex = m.index + m[0].length + joint[0].length;
        const at = mention.lastIndex;
        const second = mention.exec(text);
        if (second && second.index === at && byName.get(second[0].toLowerCase().replace(/\s+/g, ' ')) !== subject) {
          return { subject, at: m.index, joint: true };
        }
      }
      return { subject, at: m.index };
    }
    return { subject: null, at: -1 };
  };

  return {
    actorOf(text: string): Actor {
      const mutual = MUTUAL_RE.exec(text);
      // "You agree that we shall not be liable": the complement clause's subject acts; the main subject stays
      // when that clause names no party ("Contractor agrees that it will not…").
      const clause = COMPLEMENT_CLAUSE.exec(text);
      let found = clause ? subjectFrom(text, clause[0].length, false) : null;
      if (!found || found.subject === null) found = subjectFrom(text, 0, LEADING_PRONOUN.test(text));
      if (found.joint) return 'mutual';
      const { subject, at: subjectAt } = found;
      if (mutual && (subject === null || mutual.index < subjectAt)) return 'mutual';
      if (subject === null) return 'unknown';
      if (subject === 'you') return 'user';
      if (subject === 'we') return 'other';
      return subject === role ? 'user' : 'other';
    },
  };
}
