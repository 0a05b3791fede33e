import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../rules/index';
import { requiredLiterals, TriggerFilter, triggerFilter } from '../../../rules/engine/prefilter';

/** Sets compared as sets: the order inside one set carries no meaning. */
const literals = (re: RegExp) => requiredLiterals(re)?.map((set) => [...set].sort());

describe('requiredLiterals', () => {
  it('needs a literal of every part of a sequence, folded to lower case', () => {
    expect(literals(/(Pay|invoice)[^.]{0,80}accept/)).toEqual([['accept'], ['invoice', 'pay']]);
  });

  it('expands small classes and optional parts', () => {
    expect(literals(/pr[ée]avis?/i)).toEqual([['preavi', 'preavis', 'préavi', 'préavis']]);
  });

  it('takes one set per alternative and ignores lookarounds and boundaries', () => {
    expect(literals(/\bfoo(?!bar)|(?<=x)baz\b/i)).toEqual([['baz', 'foo']]);
  });

  it('closes a run of plain characters at the indexed length, after classes and optional parts alike', () => {
    // Plain characters are appended a run at a time (prefilter.ts plainRun): the sets must stay those of a
    // character-by-character product, runs closed as soon as their shortest member reaches 10 characters.
    expect(literals(/confidentialité des données/i)).toEqual([['confidenti'], ['alité des '], ['données']]);
    expect(literals(/pr[ée]avis? écrit/i)).toEqual([['preavi écr', 'preavis écr', 'préavi écr', 'préavis écr']]);
    expect(literals(/(?:sous[- ]traitance|sub-?contract(?:ing|or)?) interdite?/i)).toEqual([
      ['sous trait', 'sous-trait', 'sub-contrac', 'subcontrac'],
      [' interdit', ' interdite'],
    ]);
    expect(literals(/a{2}bc|[xy]{1,3}longwordhere+/i)).toEqual([['bc', 'longwordhe']]);
  });

  it('keeps characters whose lower case is not one character as they are', () => {
    expect(literals(/Long S ſ? İstanbul/i)).toEqual([[' İstanbul'], ['long s ']]);
  });

  it('gives up (null) when an alternative or the whole regex requires nothing', () => {
    expect(requiredLiterals(/[^.]{0,20}|abc/)).toBeNull();
    expect(requiredLiterals(/\w+\s\d+/)).toBeNull();
    expect(requiredLiterals(/(a)\1/)).toBeNull();
  });
});

describe('TriggerFilter', () => {
  const filter = new TriggerFilter(CHECKS);

  it('never skips a trigger that matches: every catalog example, every trigger', () => {
    let skipped = 0;
    for (const check of CHECKS) {
      for (const lang of ['fr', 'en'] as const) {
        const { examples } = check[lang];
        for (const raw of [...examples.flagged, ...examples.clean]) {
          const text = raw.replace(/[⟦⟧]/g, '');
          filter.scan(text);
          for (const other of CHECKS) {
            for (const spec of [other.fr, other.en]) {
              (spec.triggers ?? []).forEach((re, t) => {
                re.lastIndex = 0;
                const matches = re.test(text);
                if (!filter.mayMatch(spec, t)) {
                  skipped++;
                  expect(matches, `${other.id} trigger ${t} on: ${text}`).toBe(false);
                }
              });
            }
          }
        }
      }
    }
    // The filter does skip work (most triggers cannot match a given clause).
    expect(skipped).toBeGreaterThan(1000);
  });

  it('exec returns the first matching trigger, like running them in order', () => {
    const spec = { triggers: [/absent word/i, /may (terminate|cancel)/i, /terminate/i] };
    const own = new TriggerFilter([{ fr: spec, en: {} }]);
    const text = 'The Company may Terminate this Agreement at any time.';
    own.scan(text);
    expect(own.exec(spec, text)?.[0]).toBe('may Terminate');
    own.scan('Nothing here.');
    expect(own.exec(spec, 'Nothing here.')).toBeNull();
  });

  it('execAt(c) answers for checks[c] in a filter of one language, like exec', () => {
    const fr = triggerFilter(CHECKS, 'fr');
    const text = "Le Client pourra résilier le contrat à tout moment, sans préavis ni indemnité.";
    fr.scan(text);
    const byIndex = CHECKS.map((_, c) => fr.execAt(c, text)?.[0] ?? null);
    const bySpec = CHECKS.map((check) => fr.exec(check.fr, text)?.[0] ?? null);
    expect(byIndex).toEqual(bySpec);
    expect(byIndex.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('matches literals case-insensitively, accents included', () => {
    const spec = { triggers: [/RÉSILIATION/] };
    const own = new TriggerFilter([{ fr: spec, en: {} }]);
    own.scan('la Résiliation anticipée');
    expect(own.mayMatch(spec, 0)).toBe(true);
    own.scan('la resiliation anticipée');
    expect(own.mayMatch(spec, 0)).toBe(false);
  });
});
