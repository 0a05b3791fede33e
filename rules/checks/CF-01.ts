import { defineCheck } from '../engine/check';

// The freelancer's own information at stake (rates, methods, tools, code) makes the missing mirror matter more.
const OWN_INFO = /tarifs|m[ée]thodes|outils|savoir-faire|rates|pricing|methods|tools|know-how/i;

export default defineCheck({
  id: 'CF-01',
  category: 'confidentiality',
  severity: 'medium',
  kind: 'one-way',
  party: 'user-bound',
  assess({ unit }, doc) {
    // One-way means the user is the named subject; a clause with no named subject proves nothing.
    if (unit.actor !== 'user') return null;
    return { params: { mutual: false, covers_freelancer_info: doc.mentions(OWN_INFO) } };
  },
  fr: {
    triggers: [
      /^(?![^]*?(identifiants?|mot de passe|codes? (d'acc[èe]s|confidentiels?|secrets?|personnels?)|donn[ée]es de connexion))[^]*?(s'engage|s'oblige|est tenu|sera tenu|s'interdit)[^.]{0,80}(confidenti|secret|discr[ée]tion|divulguer|communiquer [àa] des tiers)/i,
      /^(?![^]*?(identifiants?|mot de passe|codes? (d'acc[èe]s|confidentiels?|secrets?|personnels?)|donn[ée]es de connexion))[^]*?(garder|conserver|maintenir|traiter)[^.]{0,40}(strictement )?(confidentiel|secr[èe]te?s?)/i,
      /(obligation|engagement) de (confidentialit[ée]|discr[ée]tion|secret)/i,
    ],
    unless: [/donn[ée]es de connexion|codes? (confidentiels?|secrets?|personnels?)|donn[ée]es (personnelles|à caract[èe]re personnel)|mot de passe|identifiants|codes? d'acc[èe]s|chacune des parties|de l'autre partie|partie (r[ée]ceptrice|destinataire)|les parties s'(engagent|obligent|interdisent)|r[ée]ciproque|r[ée]ciproquement|mutuellement|mutuelle|l'une ou l'autre des parties|partie r[ée]ceptrice/i],
    text: {
      title: 'Confidentialité à sens unique',
      explanation:
        "Vous seul êtes tenu au secret. Vos tarifs, méthodes, outils et code échangés pendant la mission ne sont pas protégés de votre côté.",
      basis:
        "Usage : lorsque les deux parties échangent des informations, la confidentialité se stipule de façon réciproque (guides freelance, modèles d'accords de confidentialité mutuels).",
      suggestion:
        "« Chacune des Parties s'engage à garder strictement confidentielles les informations de toute nature communiquées par l'autre Partie à l'occasion du présent contrat, notamment, pour le Prestataire, ses méthodes, outils, tarifs et développements préexistants. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire s'engage à garder strictement confidentielles toutes les informations communiquées par le Client pendant la mission.⟧",
        "Le Client fournira au Prestataire les accès nécessaires. ⟦Le Consultant est tenu à une obligation de confidentialité absolue concernant les données du client final.⟧",
        "⟦Le Sous-traitant s'interdit de divulguer à des tiers tout document ou information relatif aux activités de la Société.⟧",
      ],
      clean: [
        "Chacune des Parties s'engage à garder confidentielles les informations reçues de l'autre Partie.",
        "Les Parties s'engagent réciproquement à ne pas divulguer les informations échangées dans le cadre du contrat.",
        "Le Prestataire s'engage à garder confidentielles les informations du Client. Le Client s'engage à garder confidentielles les informations du Prestataire, notamment ses tarifs et méthodes.",
        "Le Prestataire conserve la propriété de ses outils et méthodes préexistants.",
      ],
    },
  },
  en: {
    triggers: [
      /^(?![^]*?(password|credentials|login|access codes?|account security))[^]*?(shall|will|must|agrees? to|undertakes? to)[^.]{0,60}(keep|hold|maintain|treat)[^.]{0,60}(confiden|secret)/i,
      /((shall|will|must) not|agrees? not to|undertakes? not to)[^.]{0,30}(disclose|divulge|reveal)/i,
    ],
    unless: [/personal data|password|credentials|login|access codes?|each party|either party|neither party|both parties|mutual|receiving party|recipient|discloser|the other party|the parties (shall|will|agree)|(will|shall|does|do) (generally )?not (keep|hold|treat)/i],
    text: {
      title: 'One-way confidentiality',
      explanation:
        'Only you are bound to secrecy. The rates, methods, tools and code you share during the engagement get no protection in return.',
      basis:
        'Practice: when both sides share information, confidentiality should be mutual (freelance guides; standard mutual NDA templates).',
      suggestion:
        '"Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, including, for Contractor, its rates, methods, tools and pre-existing materials."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall keep confidential all Confidential Information of the Company and shall not use it for any other purpose.⟧',
        'The Company will provide Consultant with access to its systems. ⟦Consultant agrees not to disclose any information relating to the Company\'s business to any third party.⟧',
        '⟦The Supplier undertakes to treat as strictly confidential all data received from the Customer.⟧',
      ],
      clean: [
        'Each party shall keep confidential the Confidential Information of the other party.',
        'The Receiving Party shall not disclose Confidential Information of the Disclosing Party to any third party.',
        'Contractor shall keep confidential all information of the Company. The Company shall keep confidential all information of Contractor, including its rates and methods.',
        'Contractor retains all rights in its pre-existing tools and methods.',
      ],
    },
  },
});
