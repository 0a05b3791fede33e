import { describe, expect, it } from 'vitest';
import { segment } from '../../../rules/engine/segment';
import { reviewWith } from '../../../rules/review';
import { defineCheck } from '../../../rules/engine/check';

const sectionsOf = (text: string) => segment(text).sections.map((s) => [s.label, s.heading, s.level]);
const unitsOf = (text: string) => segment(text).units.map((u) => text.slice(u.start, u.end));

describe('segment: sections', () => {
  it('reads article keywords, numbering styles and headings', () => {
    const text = [
      'CONTRAT DE PRESTATION',
      'Article 5 – Durée',
      'Le contrat dure un an.',
      'ARTICLE V',
      'CONFIDENTIALITÉ',
      'Les informations sont confidentielles.',
      'Art. 5.2 Résiliation',
      '5.2.1 Le Client peut résilier.',
      '§ 3 Paiement',
      'Section 7 - Governing law',
      'Clause 8: Notices',
      'IV. DISPOSITIONS DIVERSES',
      '9. Assurance',
      'a) Responsabilité civile',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([
      ['', 'CONTRAT DE PRESTATION', 1],
      ['Article 5', 'Durée', 1],
      ['Article V', 'CONFIDENTIALITÉ', 1],
      ['Art. 5.2', 'Résiliation', 2],
      ['5.2.1', '', 3],
      ['§ 3', 'Paiement', 1],
      ['Section 7', 'Governing law', 1],
      ['Clause 8', 'Notices', 1],
      ['IV', 'DISPOSITIONS DIVERSES', 1],
      ['9', 'Assurance', 1],
      ['a)', 'Responsabilité civile', 2],
    ]);
  });

  it('nests sections and closes them at the next sibling', () => {
    const text = 'Article 1 - Objet\n1.1 Texte un.\n1.2 Texte deux.\nArticle 2 - Prix\nTexte trois.';
    const { sections } = segment(text);
    expect(sections.map((s) => [s.number, s.parent])).toEqual([['1', -1], ['1.1', 0], ['1.2', 0], ['2', -1]]);
    expect(text.slice(sections[0]!.start, sections[0]!.end)).toBe('Article 1 - Objet\n1.1 Texte un.\n1.2 Texte deux.\n');
    expect(sections[3]!.end).toBe(text.length);
  });

  it('splits inline headings from their body', () => {
    const text = 'Article 9 – Non-concurrence : Le Prestataire s\'interdit toute activité concurrente.';
    expect(sectionsOf(text)).toEqual([['Article 9', 'Non-concurrence', 1]]);
    expect(unitsOf(text)).toEqual(["Le Prestataire s'interdit toute activité concurrente."]);
  });

  it('does not take a sentence that starts with "Article" for a heading', () => {
    const text = 'Article 5 of this Agreement shall survive termination.';
    expect(sectionsOf(text)).toEqual([]);
    expect(unitsOf(text)).toEqual([text]);
  });
});

describe('segment: units', () => {
  it('splits sentences but not abbreviations, references or decimals', () => {
    const text =
      "Conformément à l'art. 1219 du C. civ. le Client peut suspendre. Voir le n° 12 et M. Dupont. " +
      'Acme Inc. agrees, e.g. to pay 5.2 times the fee, i.e. more. The Company pays.';
    expect(unitsOf(text)).toEqual([
      "Conformément à l'art. 1219 du C. civ. le Client peut suspendre.",
      'Voir le n° 12 et M. Dupont.',
      'Acme Inc. agrees, e.g. to pay 5.2 times the fee, i.e. more.',
      'The Company pays.',
    ]);
  });

  it('ends a sentence after a lettered exhibit, "art." before a capitalised word, and before a placeholder', () => {
    expect(unitsOf('Contractor shall perform the Services described in Exhibit A. Company shall pay each invoice.')).toEqual([
      'Contractor shall perform the Services described in Exhibit A.',
      'Company shall pay each invoice.',
    ]);
    expect(unitsOf('See Schedule B. Client will pay. Per Annex C. The Company pays.')).toEqual([
      'See Schedule B.',
      'Client will pay.',
      'Per Annex C.',
      'The Company pays.',
    ]);
    expect(unitsOf("Il travaille selon les règles de l'art. Le Prestataire est responsable. Voir l'art. L. 441-10 du code.")).toEqual([
      "Il travaille selon les règles de l'art.",
      'Le Prestataire est responsable.',
      "Voir l'art. L. 441-10 du code.",
    ]);
    expect(unitsOf('En vertu du présent contrat. {{company.name}} garantit le Client.')).toEqual([
      'En vertu du présent contrat.',
      '{{company.name}} garantit le Client.',
    ]);
  });

  it('makes list items units, linked to their lead-in', () => {
    const text = "Le Prestataire s'engage à :\n• livrer le code ;\na) documenter ;\n(ii) former les équipes.";
    const { units } = segment(text);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
      "Le Prestataire s'engage à :",
      'livrer le code ;',
      'documenter ;',
      'former les équipes.',
    ]);
    expect(units.map((u) => [u.listItem, u.leadIn])).toEqual([[false, -1], [true, 0], [true, 0], [true, 0]]);
    const after = segment("Le Client s'engage à :\n• payer.\nLe contrat prend effet ce jour.\n• annexe 1.");
    expect(after.units.map((u) => u.leadIn)).toEqual([-1, 0, -1, -1]);
  });

  it('cuts units without punctuation at a bounded length', () => {
    const text = 'mot '.repeat(5000);
    const { units } = segment(text);
    expect(units.length).toBeGreaterThan(5);
    for (const u of units) expect(u.end - u.start).toBeLessThanOrEqual(3000);
  });
});

describe('finding locations', () => {
  const check = defineCheck({
    id: 'NC-01',
    category: 'non-compete',
    severity: 'high',
    kind: 'risky',
    party: 'any',
    fr: { triggers: [/concurren/], text: { title: 't', explanation: 'e', basis: 'b', suggestion: 's' }, examples: { flagged: [], clean: [] } },
    en: { triggers: [/compet/], text: { title: 't', explanation: 'e', basis: 'b', suggestion: 's' }, examples: { flagged: [], clean: [] } },
  });
  const where = (text: string) => reviewWith([check], text, { language: 'fr' }).findings.map((f) => f.location);

  it('names the article, inherits the keyword and the nearest heading', () => {
    expect(where('ARTICLE 9 – NON-CONCURRENCE\n9.2 Le Prestataire évite toute concurrence.')).toEqual(['Article 9.2 — Non-concurrence']);
    expect(where('Article 9 - Restrictions\n9.2 Non-concurrence\nLe Prestataire évite toute concurrence.')).toEqual(['Article 9.2 — Non-concurrence']);
    expect(where('Le Prestataire évite toute concurrence.')).toEqual(['']);
    expect(where('Section 4\nLe Prestataire évite toute concurrence.')).toEqual(['Section 4']);
    expect(where('Article 9 - Restrictions\nNon-concurrence\nLe Prestataire évite toute concurrence.')).toEqual(['Article 9 — Non-concurrence']);
    expect(where('Article 9 - Restrictions\na) Durée\nLe Prestataire évite toute concurrence.')).toEqual(['Article 9 a) — Durée']);
  });
});

describe('segment: linear time', () => {
  it('handles deep numbering, a 1 MB line and repeated words', () => {
    const deep = Array.from({ length: 20_000 }, (_, i) => `${(i % 9) + 1}.${(i % 7) + 1}.${(i % 5) + 1}.${(i % 3) + 1}.1.1 Titre`).join('\n');
    const t0 = performance.now();
    segment(deep);
    segment('a'.repeat(1_000_000));
    segment('Le Client. '.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('segment: inline headings are short phrases, not sentences', () => {
  it('keeps a short first sentence in the body', () => {
    const text = '2.2 Contractor shall submit monthly invoices. Payment is due net 30.';
    expect(sectionsOf(text)).toEqual([['2.2', '', 2]]);
    expect(unitsOf(text)).toEqual(['Contractor shall submit monthly invoices.', 'Payment is due net 30.']);
    expect(sectionsOf('3.1 Durée du contrat. Le contrat dure un an.')).toEqual([['3.1', 'Durée du contrat', 2]]);
  });
});

describe('segment: short titles on their own line', () => {
  it('makes them headings, not units', () => {
    const text = 'Article 9 - Restrictions\nNon-concurrence\nLe Prestataire évite toute concurrence.\nNon-sollicitation\nLe Prestataire ne sollicite pas.';
    const { sections, units } = segment(text);
    expect(sections.map((s) => [s.label, s.heading, s.level])).toEqual([
      ['Article 9', 'Restrictions', 1],
      ['', 'Non-concurrence', 2],
      ['', 'Non-sollicitation', 2],
    ]);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['Le Prestataire évite toute concurrence.', 'Le Prestataire ne sollicite pas.']);
    expect(sectionsOf('ARTICLE 5\nConfidentialité\nTexte.')).toEqual([['Article 5', 'Confidentialité', 1]]);
    expect(sectionsOf('Article 3 – Obligations :\n• livrer.')).toEqual([['Article 3', 'Obligations', 1]]);
    expect(sectionsOf('ENTRE LES SOUSSIGNÉS :\nLa société ACME SAS, au capital de 1 000 €.')).toEqual([['', 'ENTRE LES SOUSSIGNÉS', 1]]);
  });

  it('reads Title-Case titles ending with a period, alone or opening a paragraph, as headings', () => {
    const text =
      'Audit Rights.\nCustomer may audit Provider once a year.\nNo Publicity.\nNeither party may use the other name.\n' +
      'Pre-Existing Materials. Provider retains its pre-existing materials.\nAcme Inc. agrees to pay. M. Dupont signe.';
    const { sections, units } = segment(text);
    expect(sections.map((s) => s.heading)).toEqual(['Audit Rights', 'No Publicity', 'Pre-Existing Materials']);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
      'Customer may audit Provider once a year.',
      'Neither party may use the other name.',
      'Provider retains its pre-existing materials.',
      'Acme Inc. agrees to pay.',
      'M. Dupont signe.',
    ]);
    expect(unitsOf('Company pays.\nServices are provided.')).toEqual(['Company pays.', 'Services are provided.']);
  });

  it('reads markdown headings as headings, whatever their length, without their # marker', () => {
    const text =
      '# Independent Contractor Agreement for Software Development Services Between the Parties\n\n## 3. Payment\n\n' +
      'Client shall pay each invoice within 30 days.\n\n### Termination for Convenience\n\nClient may terminate at any time.';
    const { sections, units } = segment(text);
    expect(sections.map((s) => [s.number, s.heading])).toEqual([
      ['', 'Independent Contractor Agreement for Software Development Services Between the Parties'],
      ['3', 'Payment'],
      ['', 'Termination for Convenience'],
    ]);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['Client shall pay each invoice within 30 days.', 'Client may terminate at any time.']);
  });

  it('keeps a last line, short sentences and list-like lines as units', () => {
    expect(unitsOf('Le Client paie.\nLe Client est tenu')).toEqual(['Le Client paie.', 'Le Client est tenu']);
    expect(unitsOf('Company shall pay\nThe fees')).toEqual(['Company shall pay', 'The fees']);
  });
});

describe('segment: inline enumerations in long sentences', () => {
  it('cuts a long sentence into its items, led by its opening words', () => {
    const text =
      'The Contractor shall, during the term of this Agreement and for a period of twelve months thereafter: ' +
      '(a) not solicit any customer of the Company with whom the Contractor had contact during the engagement; ' +
      '(b) not hire or engage any employee or contractor of the Company or of its affiliates in any capacity; and ' +
      '(c) not make any statement that disparages the Company, its products, its services or its officers in public.';
    const { units } = segment(text);
    expect(units.map((u) => text.slice(u.start, u.start + 12))).toEqual(['The Contract', '(a) not soli', '(b) not hire', '(c) not make']);
    expect(units.map((u) => u.leadIn)).toEqual([-1, 0, 0, 0]);
    expect(segment('Le Client paie ; le Prestataire livre.').units).toHaveLength(1);
  });
});

describe('segment: sentences running on over PDF lines', () => {
  it('joins a line that does not close its sentence with the next one when that starts in lower case or follows a dangling word', () => {
    const text =
      "L'Utilisateur s'engage à fournir des informations exactes\n\net complètes, comme demandées dans le\n\nformulaire en ligne. Il met à jour\n\nses données.\n\n" +
      'The Customer shall pay each invoice within thirty days of\n\nReceipt of the invoice.';
    expect(unitsOf(text)).toEqual([
      "L'Utilisateur s'engage à fournir des informations exactes\n\net complètes, comme demandées dans le\n\nformulaire en ligne.",
      'Il met à jour\n\nses données.',
      'The Customer shall pay each invoice within thirty days of\n\nReceipt of the invoice.',
    ]);
    // A numbered paragraph runs on the same way.
    const numbered = '5.2 Le Client règle chaque facture par virement sur le compte bancaire indiqué par le Prestataire\n\ndans un délai de trente jours.';
    expect(unitsOf(numbered)).toEqual([numbered.slice(4)]);
  });

  it('keeps closed sentences, headings and capitalised next lines apart', () => {
    expect(unitsOf('Le Client paie.\n\nles frais sont dus.')).toEqual(['Le Client paie.', 'les frais sont dus.']);
    expect(unitsOf('Company shall pay\n\nThe fees are due.')).toEqual(['Company shall pay', 'The fees are due.']);
    // …but a line stopping on an article goes on, whatever the case of the next word.
    expect(unitsOf("Le Prestataire répond sous huit jours à toute demande d'un\n\nUtilisateur.")).toEqual(["Le Prestataire répond sous huit jours à toute demande d'un\n\nUtilisateur."]);
    expect(unitsOf('Le Client doit :\n\n- payer les frais')).toEqual(['Le Client doit :', 'payer les frais']);
    expect(unitsOf('Résiliation\n\nle Client peut résilier.')).toEqual(['le Client peut résilier.']);
  });
});
