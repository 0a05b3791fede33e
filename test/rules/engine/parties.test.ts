import { describe, expect, it } from 'vitest';
import { actorReader, findParties, pronounRoles, roleOfName } from '../../../rules/engine/parties';
import { normalize } from '../../../rules/engine/normalize';

const parties = (text: string) => findParties(normalize(text).text).map((p) => [p.name, p.role]);

describe('findParties', () => {
  it('reads French defined terms', () => {
    expect(
      parties(
        'Entre la société ACME SAS, ci-après dénommée « le Client », et M. Jean Dupont, ci-après « le Prestataire ». ' +
          "La société Beta, ci-après désignée « l'ESN », et la société Gamma, ci-après dénommée « la Société ».",
      ),
    ).toEqual([
      ['le Client', 'client'],
      ['le Prestataire', 'provider'],
      ["l'ESN", 'client'],
      ['la Société', 'client'],
    ]);
  });

  it('reads French definitions without quotes', () => {
    expect(parties('ACME SAS, ci-après dénommée la Société, et M. Martin, ci-après le Consultant, conviennent de ce qui suit.')).toEqual([
      ['la Société', 'client'],
      ['le Consultant', 'provider'],
    ]);
    expect(parties('ACME SAS au capital de 1 000 €, ci-après la signature du contrat.')).toEqual([]);
  });

  it('reads English defined terms', () => {
    expect(
      parties(
        'This Agreement is between Acme Inc., a Delaware corporation (the “Company”), and Jane Doe (the "Contractor"). ' +
          'Beta LLC, hereinafter referred to as the "Customer", and Gamma Ltd, hereinafter "Supplier".',
      ),
    ).toEqual([
      ['Company', 'client'],
      ['Contractor', 'provider'],
      ['Customer', 'client'],
      ['Supplier', 'provider'],
    ]);
  });

  it('ignores defined terms that are not parties, and gives an unknown name the remaining side', () => {
    expect(parties('the services (the "Services") and the agreement (the "Agreement"), together the ("Parties").')).toEqual([]);
    expect(parties('ACME SAS, immatriculée au RCS de Paris, ci-après « ACME », et Jean Dupont, ci-après « le Consultant ».')).toEqual([
      ['ACME', 'client'],
      ['le Consultant', 'provider'],
    ]);
  });

  it('falls back to the dictionary names the contract uses', () => {
    expect(parties('Le Prestataire réalise la mission. Le Client paie. The Company agrees.')).toEqual([
      ['Le Prestataire', 'provider'],
      ['Le Client', 'client'],
      ['The Company', 'client'],
    ]);
  });

  it('maps names to roles with the catalog dictionary', () => {
    expect(roleOfName('le Sous-traitant')).toBe('provider');
    expect(roleOfName('the Service Provider')).toBe('provider');
    expect(roleOfName('le Donneur d\'ordre')).toBe('client');
    expect(roleOfName('the End Client')).toBe('client');
    expect(roleOfName('ACME')).toBeNull();
  });
});

describe('actorReader', () => {
  const provider = actorReader([], 'provider');
  const client = actorReader([], 'client');

  it('finds the subject through the party names, from the user role', () => {
    expect(provider.actorOf("Le Prestataire s'interdit de travailler pour le Client final.")).toBe('user');
    expect(client.actorOf("Le Prestataire s'interdit de travailler pour le Client final.")).toBe('other');
    expect(provider.actorOf('Le Client pourra résilier le contrat à tout moment.')).toBe('other');
    expect(provider.actorOf("Sans l'accord préalable du Client, le Prestataire ne pourra sous-traiter.")).toBe('user');
    expect(provider.actorOf('The Company may terminate this Agreement upon notice to Contractor.')).toBe('other');
    expect(provider.actorOf("Contractor shall indemnify the Company against all claims.")).toBe('user');
    expect(provider.actorOf("The Company's decision is final and the Consultant shall comply.")).toBe('user');
    expect(provider.actorOf('Le contrat est conclu pour un an.')).toBe('unknown');
    expect(provider.actorOf('Si le Client ne paie pas à échéance, le Prestataire pourra suspendre ses prestations.')).toBe('user');
    expect(provider.actorOf('If the Contractor fails to deliver, the Company may terminate this Agreement.')).toBe('other');
    expect(provider.actorOf('Si nécessaire le Client pourra demander un rapport.')).toBe('other');
  });

  it('sees mutual wording', () => {
    for (const t of [
      'Chacune des Parties pourra résilier le contrat.',
      "Les Parties s'engagent à garder confidentielles les informations.",
      'Each Party shall keep the information confidential.',
      'Either Party may terminate on notice.',
      'Both Parties agree to negotiate in good faith.',
      'The obligations of confidentiality are mutual.',
    ]) expect(provider.actorOf(t), t).toBe('mutual');
    expect(provider.actorOf("Le Prestataire s'interdit, pendant la durée du contrat liant les Parties, toute concurrence.")).toBe('user');
    expect(provider.actorOf('Le Client et le Prestataire conviennent de se réunir chaque mois.')).toBe('mutual');
    expect(provider.actorOf('Company and Contractor agree to meet monthly.')).toBe('mutual');
    expect(provider.actorOf('Le Client et ses sous-traitants pourront résilier.')).toBe('other');
  });

  it('reads "neither party" as mutual', () => {
    for (const t of [
      'Neither party may assign this Agreement without consent.',
      'Neither of the Parties shall disclose the terms.',
      'Aucune des Parties ne pourra céder le contrat.',
      "Ni l'une ni l'autre des Parties ne pourra céder le contrat.",
      'Aucune Partie ne sera responsable des cas de force majeure.',
    ]) expect(provider.actorOf(t), t).toBe('mutual');
  });

  it('does not take a name after "in", "into", "dans", "en" or "giving" for the subject', () => {
    expect(provider.actorOf('All intellectual property in the Work Product shall vest in Client upon creation.')).toBe('unknown');
    expect(provider.actorOf('Title passes into the Company upon delivery.')).toBe('unknown');
    expect(provider.actorOf('Les droits entrent dans le patrimoine du Client dès leur création.')).toBe('unknown');
    expect(client.actorOf('Airbnb may terminate this Agreement at any time by giving you thirty days notice.')).toBe('unknown');
  });

  it('reads the subject of the clause after "agree that" / "reconnaît que"', () => {
    expect(client.actorOf('You agree that we shall not be liable for any loss.')).toBe('other');
    expect(provider.actorOf('You acknowledge and agree that Company may modify the Services at any time.')).toBe('other');
    expect(provider.actorOf('Le Prestataire reconnaît que le Client pourra modifier le cahier des charges.')).toBe('other');
    expect(client.actorOf('Vous reconnaissez et acceptez que nous pourrons suspendre votre compte.')).toBe('other');
    expect(provider.actorOf('Il est expressément convenu que le Client pourra résilier à tout moment.')).toBe('other');
    // No party in the complement clause: the main subject stays.
    expect(provider.actorOf('Contractor agrees that it will not solicit any employee.')).toBe('user');
    expect(provider.actorOf('Contractor may stop work when the Company agrees that the Client is late.')).toBe('user');
  });

  it('takes the agent of a passive clause for the actor', () => {
    expect(provider.actorOf('Le contrat pourra être résilié par le Client sans préavis.')).toBe('other');
    expect(provider.actorOf('Le présent contrat sera résilié de plein droit par le Client.')).toBe('other');
    expect(provider.actorOf('This Agreement may be terminated by the Company at any time.')).toBe('other');
    expect(provider.actorOf('This Agreement may be immediately terminated by Contractor on notice.')).toBe('user');
    // A party subject stays the subject; "by" without a passive is a complement.
    expect(provider.actorOf('The Contractor shall be paid by the Company within 30 days.')).toBe('user');
    expect(provider.actorOf('Notice is given in writing, signed by the Company.')).toBe('unknown');
    expect(provider.actorOf('Expenses incurred by the Supplier will not be reimbursed by the Customer.')).toBe('unknown');
    expect(provider.actorOf('Aucune recette tacite ne pourra être invoquée par le Prestataire.')).toBe('unknown');
  });

  it('does not take the object of a leading pronoun for the subject', () => {
    expect(provider.actorOf('Il indemnisera le Client de tout dommage.')).toBe('unknown');
    expect(provider.actorOf('It shall indemnify the Company against all claims.')).toBe('unknown');
    expect(provider.actorOf('Il peut être mis fin au contrat par le Client à tout moment.')).toBe('other');
  });

  it('reads the consumer-side names of terms of service (l\'Utilisateur, the Member) as the client side', () => {
    expect(client.actorOf("L'Utilisateur peut résilier son compte utilisateur avec ou sans motif, à tout moment.")).toBe('user');
    expect(provider.actorOf('The Subscriber may cancel the subscription at any time.')).toBe('other');
    expect(client.actorOf("L'Abonné s'engage à payer l'abonnement.")).toBe('user');
    // Only as a capitalised name, not a compound: "compte utilisateur", "User Data", "Member States".
    expect(client.actorOf('Le compte utilisateur est conservé un an.')).toBe('unknown');
    expect(client.actorOf('User Data is stored in the EU.')).toBe('unknown');
    expect(client.actorOf('Data may be transferred outside the Member States.')).toBe('unknown');
  });

  it('maps "we" and "you" to the sides the contract gives them', () => {
    const text = 'This agreement is between Go Free Range Ltd (we, us), a company registered in England, and the Client (you, your).';
    const pr = pronounRoles(text, findParties(text));
    expect(pr).toMatchObject({ we: 'provider', you: 'client' });
    const reader = actorReader(findParties(text), 'provider', pr);
    expect(reader.actorOf('We may suspend work if an invoice is unpaid.')).toBe('user');
    expect(reader.actorOf('You may terminate this agreement on notice.')).toBe('other');
    const contractor = 'Acme Corp. (the "Company", "we" or "us") engages the Contractor ("you").';
    expect(pronounRoles(contractor, findParties(contractor))).toMatchObject({ we: 'client', you: 'provider' });
    // No definition, or a service naming itself "we": terms of service, "you" the reader.
    const tos = 'XYZ Company ("Company", "we", "us") provides the service to you.';
    expect(pronounRoles(tos, findParties(tos))).toEqual({ weNames: ['Company', 'XYZ Company'] });
    expect(pronounRoles(`(${'ABCDEFGHIJ'.repeat(7)}! we)`, [])).toEqual({});
    expect(pronounRoles('You may cancel at any time. We may suspend your account.', [])).toEqual({});
  });

  it('reads the service named as "we" in terms of service as the other side', () => {
    const tos = 'These Terms are between you and Airbnb Ireland UC ("Airbnb", "we", "us" or "our").';
    const pr = pronounRoles(tos, findParties(tos));
    const reader = actorReader(findParties(tos), 'client', pr);
    expect(reader.actorOf('Airbnb may terminate this Agreement for convenience at any time by giving you thirty days notice.')).toBe('other');
    expect(reader.actorOf('Airbnb Ireland UC may terminate your access at any time, and at such time you will have no further right.')).toBe('other');
    expect(reader.actorOf('You may cancel at any time.')).toBe('user');
  });

  it('reads terms of service from the reader', () => {
    expect(provider.actorOf('We may suspend your account at any time.')).toBe('other');
    expect(provider.actorOf('You agree not to use the service for illegal purposes.')).toBe('user');
    expect(provider.actorOf('Nous pouvons modifier les présentes conditions.')).toBe('other');
    expect(provider.actorOf('Vous acceptez les présentes conditions.')).toBe('user');
  });

  it('uses the defined names, including names outside the dictionary', () => {
    const reader = actorReader([{ name: 'ACME', role: 'client' }, { name: 'le Consultant', role: 'provider' }], 'provider');
    expect(reader.actorOf('ACME pourra résilier le contrat sans préavis.')).toBe('other');
    expect(reader.actorOf("Le Consultant s'engage à respecter les délais.")).toBe('user');
  });

  it('finds names that start with a symbol, a digit, an accent or outside the BMP (first-character lookahead)', () => {
    const names = ['(Acme)', '3W Studio', 'Éditions Nova', '𝔸lpha Labs', 'x-]^\\ Corp'];
    const reader = actorReader(names.map((name) => ({ name, role: 'client' as const })), 'provider');
    for (const name of names) expect(reader.actorOf(`${name} pourra résilier le contrat sans préavis.`), name).toBe('other');
    expect(reader.actorOf('éditions nova pourra résilier le contrat sans préavis.')).toBe('other');
  });
});
