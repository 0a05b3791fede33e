import { defineCheck } from '../engine/check';
import { referencesOtherTerms } from './LB-01';

/** The contract involves personal data (either language: annexes are often in the other one). */
const PERSONAL_DATA = /données (à caractère )?personnelles|\bRGPD\b|\bCNIL\b|données (des |de ses )?(utilisateurs|salariés|collaborateurs|clients finaux)|personal (data|information)|\bGDPR\b|data protection (law|legislation|laws)|\bCCPA\b/i;

/** The user bears every fine or an unlimited data-protection indemnity. */
const FINES_ON_USER = {
  fr: /(amendes?|sanctions?)[^.]{0,60}(CNIL|RGPD|autorité de contrôle|données)[^.]{0,80}(à la charge|supportée?s?|remboursée?s?|prise?s? en charge)|(support(er|era)|rembourse(r|ra)|pren(dre|dra|d) en charge|garanti(r|ra|t))[^.]{0,60}(toute|toutes les|l'intégralité des)? ?(amendes?|sanctions?)[^.]{0,60}(CNIL|RGPD|autorité de contrôle|données)/i,
  en: /(indemnify|reimburse|bear|be liable for|be responsible for)[^.]{0,60}(all |any )?(fines|penalties|sanctions)[^.]{0,80}(GDPR|data protection|supervisory authority|regulator|personal data)/i,
};

export default defineCheck({
  id: 'OT-03',
  category: 'data-protection',
  severity: 'medium',
  kind: 'missing',
  party: 'any',
  appliesTo(doc) {
    // Art. 28 terms are the processor's (provider's) protection.
    return doc.role === 'provider' && doc.mentions(PERSONAL_DATA) && !referencesOtherTerms(doc);
  },
  assess({ unit }) {
    // The fines clause hurts whoever bears it; one binding the other side is the user's protection.
    if (unit.actor === 'other' || unit.actor === 'mutual') return null;
    return { severity: 'high', params: { fines_on_user: true } };
  },
  fr: {
    triggers: [FINES_ON_USER.fr],
    present: [
      /instructions documentées|sous-traitant ultérieur|violation de données|article 28|\bDPA\b|(accord|convention|annexe) (relatif |relative )?(au |de )?(traitement|protection) des données|data processing agreement|sub-?processor/i,
    ],
    text: {
      title: 'Données personnelles sans clauses RGPD (art. 28)',
      explanation:
        "Vous accédez à des données personnelles (utilisateurs, salariés, instance de production) sans les clauses de sous-traitance obligatoires, ou vous supportez seul les amendes : en cas de fuite, vos obligations et votre exposition ne sont pas définies.",
      basis:
        "RGPD art. 28 : le contrat avec un sous-traitant doit prévoir l'objet, la durée, la nature et la finalité du traitement, les types de données, les catégories de personnes, les instructions documentées, la confidentialité, la sécurité, les sous-traitants ultérieurs, l'assistance, la suppression ou restitution et les audits ; art. 82 : répartition de la responsabilité.",
      suggestion:
        "« Les Parties concluent l'accord de traitement des données figurant en annexe, conforme à l'article 28 du RGPD. La responsabilité du Prestataire au titre de la protection des données est soumise au plafond général, sauf violation de sa part des instructions documentées du Client. »",
    },
    examples: {
      flagged: [
        "Le Consultant administre l'instance ServiceNow de production du Client. Dans ce cadre, il a accès aux données personnelles des salariés et des utilisateurs. Le Consultant s'engage à respecter la confidentialité de ces informations.",
        "Le Prestataire développe l'espace client du site marchand. Il traite les données à caractère personnel des clients finaux pour les besoins du projet. Les Parties se conforment au RGPD.",
        "Le Prestataire accède aux données personnelles du Client pour la migration. ⟦Le Prestataire prendra en charge l'intégralité des amendes prononcées par la CNIL au titre du traitement.⟧ Les Parties concluent un accord de traitement des données en annexe.",
      ],
      clean: [
        "Le Prestataire traite des données personnelles pour le compte du Client. Il agit uniquement sur instructions documentées du Client. Il ne recourt à aucun sous-traitant ultérieur sans autorisation écrite préalable.",
        "Le Prestataire développe une application de calcul de devis. Aucune donnée utilisateur n'est traitée. Le prix est fixé à 12 000 € HT.",
        "Les Parties concluent l'accord de traitement des données figurant en annexe 3, conforme à l'article 28 du RGPD. Le Prestataire notifie toute violation de données dans les 48 heures. La responsabilité du Prestataire est soumise au plafond général.",
      ],
    },
  },
  en: {
    triggers: [FINES_ON_USER.en],
    present: [
      /data processing (agreement|addendum)|\bDPA\b|sub-?processors?|article 28|documented instructions|personal data breach/i,
    ],
    text: {
      title: 'Personal data without Art. 28 terms',
      explanation:
        'You handle personal data (users, employees, production systems) without the mandatory processor terms, or you bear every fine alone: after a breach, neither your duties nor your exposure are defined.',
      basis:
        'GDPR Art. 28: a processor contract must set out the subject, duration, nature and purpose of processing, data types, categories of data subjects, documented instructions, confidentiality, security, sub-processors, assistance, deletion or return and audits; Art. 82 allocates liability.',
      suggestion:
        '"The parties shall enter into the data processing agreement attached as Schedule 3, which complies with Article 28 GDPR. Contractor\'s data protection liability is subject to the general cap, except where Contractor acts outside Client\'s documented instructions."',
    },
    examples: {
      flagged: [
        'Contractor will administer Client\'s HR platform. In doing so Contractor will access personal data of Client\'s employees. Contractor shall keep such data confidential.',
        'Consultant will migrate the customer database to the new CRM. The database contains personal information of Client\'s customers. Consultant shall comply with the GDPR.',
        'Contractor will access personal data in the production instance. ⟦Contractor shall indemnify Client for all fines imposed by any supervisory authority under the GDPR.⟧ The parties will sign a data processing agreement.',
      ],
      clean: [
        'Contractor will process personal data on behalf of Client. Contractor shall process it only on Client\'s documented instructions. Contractor shall not engage any sub-processor without Client\'s prior written consent.',
        'Contractor will design a logo for Client. No data of any kind will be shared. The fee is $3,000.',
        'The parties have signed the Data Processing Addendum attached as Schedule 3. Contractor shall notify Client of any personal data breach within 48 hours. Contractor\'s liability is subject to the general cap.',
      ],
    },
  },
});
