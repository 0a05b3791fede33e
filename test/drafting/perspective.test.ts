import { describe, expect, it } from 'vitest';
import { impactSentence, toFirstPerson } from '../../drafting/perspective';
import { markFillIns } from '../../drafting/placeholders';

describe('impact in the first person (the freelancer writes to the client)', () => {
  it.each([
    ['Cette clause vous empêche de travailler dans votre domaine après la mission.', "Cette clause m'empêche de travailler dans mon domaine après la mission."],
    ['Vous seriez payé 60 jours après la facture.', 'Je serais payé 60 jours après la facture.'],
    ['Le contrat se renouvelle tout seul si vous ne le dénoncez pas à temps.', 'Le contrat se renouvelle tout seul si je ne le dénonce pas à temps.'],
    ["L'autre partie peut mettre fin au contrat, alors que vous n'avez pas le même droit.", "L'autre partie peut mettre fin au contrat, alors que je n'ai pas le même droit."],
    ['Vos frais restent à votre charge, même quand le client vous demande de vous déplacer.', 'Mes frais restent à ma charge, même quand le client me demande de me déplacer.'],
    ["Vous devez couvrir le client, même sans faute de votre part : c'est à vous d'agir.", "Je dois couvrir le client, même sans faute de ma part : c'est à moi d'agir."],
    ['Vous répondez de tout, alors que la vôtre reste entière ; le tribunal est loin de chez vous.', 'Je réponds de tout, alors que la mienne reste entière ; le tribunal est loin de chez moi.'],
  ])('fr: %s', (input, expected) => {
    expect(toFirstPerson(input, 'fr')).toBe(expected);
  });

  it.each([
    ['You would be paid 90 days after invoicing.', 'I would be paid 90 days after invoicing.'],
    ['The other side can change your rate on its own, imposes a fee on you, while you have no such right.', 'The other side can change my rate on its own, imposes a fee on me, while I have no such right.'],
    ['If the other side ends the contract you might be paid nothing.', 'If the other side ends the contract I might be paid nothing.'],
    ["You're bound to secrecy and this makes you dependent on a single client.", "I'm bound to secrecy and this makes me dependent on a single client."],
    ['Only you are bound to secrecy.', 'Only I am bound to secrecy.'],
  ])('en: %s', (input, expected) => {
    expect(toFirstPerson(input, 'en')).toBe(expected);
  });

  it('refuses what it cannot rewrite safely, and the impact line falls back to a neutral sentence for the kind', () => {
    expect(toFirstPerson('Vous seul êtes tenu au secret.', 'fr')).toBeNull();
    expect(toFirstPerson('Vous renoncez à être cité ou ne pouvez pas mentionner ce client.', 'fr')).toBeNull();
    expect(toFirstPerson('La cession englobe votre boîte à outils.', 'fr')).toBeNull(); // gender of "boîte" unknown
    expect(impactSentence('Vous seul êtes tenu au secret.', 'one-way', 'fr')).toBe('Cette clause ne joue que dans un sens, sans réciprocité.');
    expect(impactSentence('', 'missing', 'en')).toBe('The agreement does not provide this protection.');
    expect(impactSentence('Un délai de 90 jours dépasse le plafond légal.', 'risky', 'fr')).toBe('Un délai de 90 jours dépasse le plafond légal.');
  });
});

describe('fill-ins of suggested wording', () => {
  it('marks bracketed blanks as placeholders and leaves the others alone', () => {
    expect(markFillIns('remboursés hors de [ville du Prestataire] au réel', 'fr')).toBe('remboursés hors de «[à compléter : ville du Prestataire]» au réel');
    expect(markFillIns('within [number] days', 'en')).toBe('within [to complete: number] days');
    expect(markFillIns('«[à compléter : lieu]» and [3] and […]', 'fr')).toBe('«[à compléter : lieu]» and [3] and […]');
  });
});
