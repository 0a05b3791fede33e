import { describe, expect, it } from 'vitest';
import { classify } from '../../../rules/engine/classify';
import { CATEGORY_PATTERNS } from '../../../rules/engine/categories';
import { CATEGORIES, type Category, type Lang } from '../../../rules/engine/types';

/** Per category and language: a clause that does it, and a sentence that only mentions its topic. */
const CASES: Record<Category, Record<Lang, { yes: string; no: string }>> = {
  'non-compete': {
    fr: { yes: "Le Prestataire s'interdit d'exercer une activité concurrente pendant douze mois.", no: 'Le marché de la formation est très concurrentiel en France.' },
    en: { yes: 'The Contractor shall not engage in any business that competes with the Company for 12 months.', no: 'The Company operates in a competitive market for software services.' },
  },
  'non-solicitation': {
    fr: { yes: 'Le Consultant s’engage à ne pas solliciter les salariés du Client pendant la durée du contrat.', no: 'Le Consultant répond à toute sollicitation dans un délai raisonnable.' },
    en: { yes: 'The Contractor shall not solicit or hire any employee of the Company during the term.', no: 'Each employee of the Company has a badge to enter the building.' },
  },
  exclusivity: {
    fr: { yes: 'Le Prestataire travaille à titre exclusif pour le Client pendant la mission.', no: 'Le Prestataire travaille pour plusieurs clients pendant la mission.' },
    en: { yes: 'Supplier appoints Distributor as its exclusive distributor in the Territory.', no: 'Supplier appoints Distributor as a distributor in the Territory.' },
  },
  confidentiality: {
    fr: { yes: 'Chaque partie garde strictement confidentielles les informations reçues.', no: 'Chaque partie désigne un interlocuteur pour le projet.' },
    en: { yes: 'The Recipient shall keep the Confidential Information in strict confidence.', no: 'The Recipient shall attend the weekly meeting.' },
  },
  'amicable-resolution': {
    fr: { yes: 'Les parties rechercheront une solution amiable avant toute action en justice.', no: 'Les parties se réunissent chaque mois pour faire le point.' },
    en: { yes: 'The parties shall first attempt to resolve any dispute through mediation.', no: 'The parties shall meet monthly to review progress.' },
  },
  arbitration: {
    fr: { yes: 'Tout différend sera tranché définitivement par voie d’arbitrage selon le règlement de la CCI.', no: 'Le Client arbitre entre les priorités du projet.' },
    en: { yes: 'Any dispute shall be resolved by binding arbitration administered by the AAA.', no: 'The project manager decides the order of the tasks.' },
  },
  jurisdiction: {
    fr: { yes: 'Tout litige relève de la compétence exclusive du tribunal de commerce de Paris.', no: 'Le Client a son siège à Paris.' },
    en: { yes: 'The parties submit to the exclusive jurisdiction of the courts of England.', no: 'The Client has offices in England.' },
  },
  'governing-law': {
    fr: { yes: 'Le présent contrat est soumis au droit français.', no: 'Le Prestataire parle français et anglais.' },
    en: { yes: 'This Agreement shall be governed by the laws of the State of New York.', no: 'The Consultant studied law in New York.' },
  },
  termination: {
    fr: { yes: 'Le Client peut résilier le contrat à tout moment par lettre recommandée.', no: 'Le Client valide le planning du projet.' },
    en: { yes: 'Either party may terminate this Agreement for convenience.', no: 'Either party may propose changes to the timeline.' },
  },
  'notice-period': {
    fr: { yes: 'La résiliation prend effet moyennant un préavis de trois mois.', no: 'La résiliation prend effet à la date convenue.' },
    en: { yes: "Either party may end the contract upon thirty (30) days' written notice.", no: 'Either party may end the contract at the agreed date.' },
  },
  renewal: {
    fr: { yes: 'Le contrat est renouvelé par tacite reconduction pour des périodes d’un an.', no: 'Le contrat prend fin à la livraison du site.' },
    en: { yes: 'This Agreement shall automatically renew for successive one-year periods.', no: 'This Agreement ends when the website is delivered.' },
  },
  payment: {
    fr: { yes: 'Les factures sont payables à trente jours date de facture.', no: 'Le site comporte cinq pages et un formulaire de contact.' },
    en: { yes: 'Each invoice is payable within thirty days of receipt.', no: 'The website has five pages and a contact form.' },
  },
  'price-change': {
    fr: { yes: 'Le Prestataire peut réviser ses tarifs chaque année selon l’indice Syntec.', no: 'Le Prestataire livre le site en une seule fois.' },
    en: { yes: 'Company may increase the fees once a year by the consumer price index.', no: 'Company will deliver the website in one release.' },
  },
  liability: {
    fr: { yes: 'La responsabilité du Prestataire est limitée au montant de la commande.', no: 'Le Prestataire désigne un responsable de projet.' },
    en: { yes: 'In no event shall the Supplier be liable for indirect or consequential damages.', no: 'The Supplier will appoint a project lead.' },
  },
  indemnity: {
    fr: { yes: 'Le Prestataire garantit le Client contre toute réclamation de tiers.', no: 'Le Prestataire répond aux questions du Client.' },
    en: { yes: 'The Contractor shall indemnify and hold harmless the Company from any claim.', no: 'The Contractor shall answer the Company’s questions.' },
  },
  penalty: {
    fr: { yes: 'Tout retard de livraison donne lieu à des pénalités forfaitaires de 100 euros par jour.', no: 'La livraison a lieu le 15 mars.' },
    en: { yes: 'Supplier shall pay liquidated damages of $500 for each day of delay.', no: 'Delivery takes place on March 15.' },
  },
  'intellectual-property': {
    fr: { yes: 'Le Prestataire cède au Client l’ensemble des droits patrimoniaux d’auteur sur les livrables.', no: 'Le Prestataire remet les livrables au Client.' },
    en: { yes: 'Contractor assigns to Company all right, title and interest in the Work Product.', no: 'Contractor delivers the Work Product to Company.' },
  },
  'unilateral-change': {
    fr: { yes: 'La Société se réserve le droit de modifier les présentes conditions à tout moment.', no: 'La Société publie ses horaires d’ouverture sur son site.' },
    en: { yes: 'We may modify these Terms at any time by posting the revised version.', no: 'We publish our opening hours on our website.' },
  },
  acceptance: {
    fr: { yes: 'Le Client dispose de dix jours pour prononcer la recette des livrables.', no: 'Le Client dispose de dix jours pour choisir les couleurs.' },
    en: { yes: 'By using the Service, you agree to be bound by these Terms.', no: 'The Service is available in twelve countries.' },
  },
  'content-removal': {
    fr: { yes: 'La Société peut supprimer tout contenu publié par l’Utilisateur sans préavis.', no: 'L’Utilisateur peut publier des photos de ses plats.' },
    en: { yes: 'We may remove any content you post at our sole discretion.', no: 'You can post photos of your meals.' },
  },
  subordination: {
    fr: { yes: 'Le Consultant respecte les horaires de travail fixés par le Client et sa présence sur site est obligatoire.', no: 'Le Consultant organise librement son travail.' },
    en: { yes: 'The Consultant shall report to the Company’s engineering manager every day.', no: 'The Consultant organises the work freely.' },
  },
  assignment: {
    fr: { yes: 'Le Prestataire ne peut céder le présent contrat sans l’accord écrit du Client.', no: 'Le Prestataire présente le contrat au Client.' },
    en: { yes: 'Neither party may assign this Agreement without the prior written consent of the other.', no: 'Neither party may publish the project results.' },
  },
  insurance: {
    fr: { yes: 'Le Prestataire souscrit une police d’assurance responsabilité civile professionnelle.', no: 'Le Prestataire est assuré de notre confiance.' },
    en: { yes: 'The Contractor shall maintain professional liability insurance of $1,000,000.', no: 'The Contractor shall attend the kickoff meeting.' },
  },
  audit: {
    fr: { yes: 'Le Client peut faire procéder à un audit des prestations une fois par an.', no: 'Le Client reçoit un rapport d’activité mensuel.' },
    en: { yes: 'Company may audit the books and records of the Supplier upon ten days’ notice.', no: 'Company receives a monthly activity report.' },
  },
  'data-protection': {
    fr: { yes: 'Les parties traitent les données personnelles conformément au RGPD.', no: 'Les parties se rencontrent chaque semaine.' },
    en: { yes: 'Each party shall process personal data in accordance with the GDPR.', no: 'The parties shall meet every week.' },
  },
  'force-majeure': {
    fr: { yes: 'Aucune partie n’est responsable d’un manquement dû à un cas de force majeure.', no: 'Aucune partie ne travaille le dimanche.' },
    en: { yes: 'Neither party is liable for delays caused by events beyond its reasonable control.', no: 'Neither party works on Sundays.' },
  },
  warranty: {
    fr: { yes: 'Le Prestataire garantit que les livrables seront conformes aux spécifications.', no: 'Le Prestataire livre les fichiers sources.' },
    en: { yes: 'Contractor warrants that the deliverables will be free from material defects for 90 days.', no: 'Contractor delivers the source files.' },
  },
};

describe('classify', () => {
  for (const category of CATEGORIES) {
    for (const lang of ['fr', 'en'] as const) {
      const { yes, no } = CASES[category][lang];
      it(`${category} (${lang}): recognises the clause`, () => {
        expect(classify(yes, lang)).toContain(category);
      });
      it(`${category} (${lang}): not a mere mention`, () => {
        expect(classify(no, lang)).not.toContain(category);
      });
    }
  }

  it('returns categories in TAXONOMY order without duplicates', () => {
    const got = classify(
      "This Agreement shall be governed by the laws of France and either party may terminate it upon thirty (30) days' written notice.",
      'en',
    );
    expect(got).toEqual(['governing-law', 'termination', 'notice-period']);
  });

  it('gives a heading no category: a title is not a clause', () => {
    expect(classify('Limitation of Liability', 'en')).toEqual([]);
    expect(classify('## Article 9. Responsabilité', 'fr')).toEqual([]);
    expect(classify('4 Non-Solicitation.', 'en')).toEqual([]);
  });

  it('ends words on accented letters (the \\b of JavaScript is ASCII-only)', () => {
    expect(classify('Si votre compte a été résilié, vous ne pouvez pas en créer un autre.', 'fr')).toContain('termination');
  });

  it('applies the unless patterns (carve-outs)', () => {
    expect(classify('The Contractor shall maintain general liability insurance.', 'en')).not.toContain('liability');
    expect(classify('You may cancel your subscription at any time.', 'en')).not.toContain('termination');
    expect(classify('The Audit Committee of the Board of Directors has been advised of all deficiencies.', 'en')).not.toContain('audit');
    expect(classify('If a taxing authority intends to audit Vendor, Vendor shall notify Company.', 'en')).not.toContain('audit');
    expect(classify('Licensor may audit the books and records of Licensee upon thirty days notice.', 'en')).toContain('audit');
    expect(classify("Licensee shall not contest Licensor's exclusive rights of ownership of the Mark.", 'en')).not.toContain('exclusivity');
    expect(classify('Such error arising exclusively from the fault of the Publisher shall be corrected.', 'en')).not.toContain('exclusivity');
    expect(classify('Distributor shall sell the Products exclusively through its own stores.', 'en')).toContain('exclusivity');
  });

  it('reads a restrictive covenant on one own business as a non-compete, without the word "compete"', () => {
    expect(classify('During the Term, the Licensee shall not research, develop or commercialize any product for the same indication.', 'en')).toContain('non-compete');
    expect(classify('Neither the Franchisee nor its owners shall directly or indirectly own or operate another restaurant.', 'en')).toContain('non-compete');
    expect(classify('During the Term, the Supplier shall not increase the prices.', 'en')).not.toContain('non-compete');
  });

  it('reads a French right of use and software restrictions as intellectual property, not a quoted article title', () => {
    expect(classify("La Société concède au Client un droit d'utilisation personnel, non exclusif et non cessible du Logiciel.", 'fr')).toContain('intellectual-property');
    expect(classify('Il est interdit de décompiler le Logiciel.', 'fr')).toContain('intellectual-property');
    const crossReference = 'Les obligations prennent fin, sauf celles des articles «Propriété intellectuelle» et «Confidentialité».';
    expect(classify(crossReference, 'fr')).not.toContain('intellectual-property');
    expect(classify(crossReference, 'fr')).not.toContain('confidentiality');
  });

  it('reads renewal terms, not the ends of the contract named together or a table of contents', () => {
    expect(classify('This Agreement renews for an additional term of one (1) year unless either party gives notice of non-renewal.', 'en')).toContain('renewal');
    expect(classify('Sections 8 and 12 shall survive the termination or non-renewal of this Agreement.', 'en')).not.toContain('renewal');
    expect(classify('Additional terms and conditions of supply are set out in each Module.', 'en')).not.toContain('renewal');
    expect(classify('TERM AND RENEWAL . . . . . . . . . 3 FEES . . . . . . 5', 'en')).toEqual([]);
    expect(classify('Le Prestataire percevra la somme de .......... euros par facture à trente jours.', 'fr')).toContain('payment');
  });

  it("does not take another clause's carve-out for arbitration", () => {
    expect(classify('Except where the dispute is resolved pursuant to an arbitration, the courts of Paris have exclusive jurisdiction.', 'en')).not.toContain('arbitration');
    expect(classify('Unless you opt out, all disputes shall be resolved by binding arbitration.', 'en')).toContain('arbitration');
  });

  it('reads a unit run on over PDF lines as one sentence', () => {
    expect(classify('Le Client garantit le Prestataire contre\n\ntoute réclamation de tiers.', 'fr')).toContain('indemnity');
  });

  it('reads French exclusions and limitations of liability in their usual wordings', () => {
    for (const yes of [
      "La Société n'est aucunement responsable de l'exactitude des informations publiées.",
      "La Société n'est cependant pas responsable des dommages résultant d'une suspension.",
      'Les limitations de responsabilité ci-dessus sont essentielles au contrat.',
      "L'Utilisateur demeure l'unique responsable des contenus qu'il publie.",
      'Toute action contre le Prestataire est prescrite dans un délai d’un an à compter de la livraison.',
      'Vous renoncez à tout recours contre la Société au titre des contenus publiés par des tiers.',
    ]) expect(classify(yes, 'fr'), yes).toContain('liability');
    expect(classify("Le Prestataire n'est pas tenu de livrer avant le paiement.", 'fr')).not.toContain('liability');
    expect(classify('Le Client indemnise le Prestataire de tous les frais de justice exposés.', 'fr')).toContain('indemnity');
  });

  it('reads a French duty of confidentiality, not the word in passing', () => {
    for (const yes of [
      'Le Client considère comme confidentielles toutes les informations reçues du Prestataire.',
      'Les parties sont tenues à une obligation de confidentialité pendant deux ans.',
      'Le Prestataire s’engage à garder le secret le plus absolu sur ces informations.',
      'Le Prestataire s’engage à respecter la confidentialité des documents transmis par le Client.',
      'Le Consultant est tenu au secret professionnel.',
      'Chaque partie garde confidentielles les informations de l’autre partie pendant cinq ans.',
      'Les documents remis par le Client resteront confidentiels.',
    ]) expect(classify(yes, 'fr'), yes).toContain('confidentiality');
    for (const no of [
      'La Société décline toute responsabilité pour la sécurité, la confidentialité ou la transmission des communications.',
      'Toute atteinte au respect de la vie privée ou au secret professionnel peut faire l’objet de sanctions pénales.',
      'Les droits de propriété intellectuelle comprennent les droits d’utiliser et de protéger la confidentialité des informations confidentielles.',
      'Vous êtes responsable de la violation de tout droit de tiers, y compris le droit à la confidentialité.',
    ]) expect(classify(no, 'fr'), no).not.toContain('confidentiality');
  });

  it('reads French warranties and best efforts, not a purpose, a deposit or an indemnity', () => {
    for (const yes of [
      'L’Utilisateur garantit avoir au moins 18 ans.',
      'Les demandes au titre de ces garanties doivent être adressées au service client.',
      'La Société met tout en œuvre pour assurer la disponibilité du Site.',
      'Du fait de la nature d’Internet, la continuité du service ne peut être garantie.',
    ]) expect(classify(yes, 'fr'), yes).toContain('warranty');
    for (const no of [
      'Afin de garantir l’équilibre économique du contrat, les parties s’engagent à ne pas débaucher leurs salariés.',
      'Le montant du dépôt de garantie est indiqué dans l’annonce.',
      'L’Utilisateur garantit la Société, ses employés et ses représentants contre toute réclamation de tiers.',
      'La compétence est attribuée au tribunal de Paris, même en cas d’appel en garantie.',
    ]) expect(classify(no, 'fr'), no).not.toContain('warranty');
  });

  it('does not read French dispute scopes or maintenance as termination', () => {
    expect(classify('Tout litige relatif à la validité, l’interprétation, l’exécution ou la résiliation des présentes sera soumis au tribunal de Paris.', 'fr')).not.toContain('termination');
    expect(classify('L’Acteur de santé a la possibilité de bloquer l’accès de l’Utilisateur au service.', 'fr')).toContain('termination');
    expect(classify('La Société pourra suspendre les Services pour des opérations de maintenance programmée.', 'fr')).not.toContain('termination');
    expect(classify('En cas d’inexécution de ses obligations par le Client, le Prestataire pourra résilier le contrat.', 'fr')).toContain('termination');
  });

  it('does not read the user deleting their own documents as content removal', () => {
    expect(classify('L’Utilisateur a la possibilité de renommer ses Documents, comme de les supprimer, à tout moment.', 'fr')).not.toContain('content-removal');
    expect(classify('Il doit formuler une demande expresse de suppression du Document auprès du professionnel.', 'fr')).not.toContain('content-removal');
    expect(classify('La Société peut supprimer tout Document publié par l’Utilisateur sans préavis.', 'fr')).toContain('content-removal');
    expect(classify('La Société n’assume aucune responsabilité pour la suppression ou l’inexactitude de tout contenu.', 'fr')).not.toContain('content-removal');
  });

  it('reads French personal data terms, not a quoted article title or a promotion rule', () => {
    expect(classify('Vous pouvez choisir de ne pas recevoir nos offres promotionnelles.', 'fr')).toContain('data-protection');
    expect(classify('L’offre de parrainage est non cumulable avec d’autres offres promotionnelles.', 'fr')).not.toContain('data-protection');
    expect(classify('Les obligations prennent fin, sauf celles de l’article « Protection des données à caractère personnel ».', 'fr')).not.toContain('data-protection');
    expect(classify('Le terme « données personnelles » désigne toute information se rapportant à une personne physique.', 'fr')).toContain('data-protection');
    expect(classify('Les destinataires des données se trouvent aux États-Unis et au Royaume-Uni.', 'fr')).toContain('data-protection');
    expect(classify('Le Client peut se désinscrire à tout instant de ces offres en cliquant sur le lien prévu à cet effet.', 'fr')).toContain('data-protection');
    expect(classify('Le Client peut se désinscrire de l’atelier jusqu’à la veille de la séance.', 'fr')).not.toContain('data-protection');
    expect(classify('Les données de connexion de votre compte ne doivent pas être communiquées à des tiers.', 'fr')).not.toContain('data-protection');
  });

  it('reads French cure periods and immediate termination as notice, not a negotiation period or a court formality', () => {
    for (const yes of [
      'La Société mettra en demeure l’Utilisateur de remédier au manquement dans un délai de sept (7) jours.',
      'Nous nous réservons le droit de résilier immédiatement votre compte en cas de violation.',
    ]) expect(classify(yes, 'fr'), yes).toContain('notice-period');
    for (const no of [
      'Les parties s’efforceront de trouver un accord amiable dans un délai de trente (30) jours à compter de la notification par lettre recommandée.',
      'Vous pouvez fermer votre compte à tout moment, sans formalité judiciaire, par e-mail.',
    ]) expect(classify(no, 'fr'), no).not.toContain('notice-period');
  });

  it('reads French prices, discounts and retention of title as payment, not archived invoices or arbitration fees', () => {
    for (const yes of [
      'Le coût du Service de dépôt de marque est constitué par les frais de dossier.',
      'Aucun escompte ne sera accordé en cas de paiement anticipé.',
      'Le Prestataire se réserve la propriété du Livrable jusqu’au paiement intégral de son prix.',
      'Vous pouvez régler vos achats par carte bancaire.',
      'Le Client indique les coordonnées bancaires nécessaires au paiement.',
      'L’Acteur de santé confirme le montant à payer par l’Utilisateur.',
      'Le service est accessible pour un entretien unique, au prix indiqué lors de la commande.',
    ]) expect(classify(yes, 'fr'), yes).toContain('payment');
    for (const no of [
      'Devis : conditions particulières contenant les conditions tarifaires de la réalisation du Livrable.',
      'L’archivage des bons de commande et des factures est effectué sur un support fiable et durable.',
      'Les frais administratifs de l’arbitrage seront répartis selon le règlement de l’AAA.',
      'Le montant total des dommages récupérables n’excédera pas les limites de la Convention.',
    ]) expect(classify(no, 'fr'), no).not.toContain('payment');
  });

  it('reads the renewal of the French contract, not of a card, a credit line or the legal guarantee', () => {
    for (const yes of [
      'Le contrat est conclu pour une durée initiale de 1 an, renouvelable par tacite reconduction.',
      'En cas de renouvellement de l’Abonnement, le prix en vigueur s’applique.',
      'Votre abonnement est renouvelé automatiquement chaque mois.',
    ]) expect(classify(yes, 'fr'), yes).toContain('renewal');
    for (const no of [
      'Le Client demande le renouvellement de son chéquier via son Espace Client.',
      'La carte est associée à un crédit renouvelable.',
      'Si le vendeur impose le remplacement, la garantie légale de conformité est renouvelée pour une période de deux ans.',
      'Les droits comprennent le droit de solliciter et d’obtenir des renouvellements ou extensions de ces droits.',
    ]) expect(classify(no, 'fr'), no).not.toContain('renewal');
  });

  it('reads French acceptance, not a date reference or a notice deemed received', () => {
    expect(classify('La réception du Livrable par le Client couvre les défauts apparents.', 'fr')).toContain('acceptance');
    expect(classify('Sauf refus du Client dans un délai d’un mois à compter de la réception du Livrable, le Prestataire peut citer le Client.', 'fr')).not.toContain('acceptance');
    expect(classify('La présente obligation prend effet à compter de la date de l’acceptation des présentes Conditions générales.', 'fr')).not.toContain('acceptance');
    expect(classify('Ces notifications seront réputées reçues lorsqu’elles seront remises par lettre.', 'fr')).not.toContain('acceptance');
    expect(classify('Toute utilisation non autorisée de la Plateforme entraîne la résiliation des licences accordées.', 'fr')).not.toContain('acceptance');
  });

  it('reads a French work as intellectual property, not "mettre en œuvre"', () => {
    expect(classify('Toute reproduction de l’œuvre sans autorisation est interdite.', 'fr')).toContain('intellectual-property');
    expect(classify('La Société met en œuvre tous les moyens dont elle dispose pour assurer les prestations.', 'fr')).not.toContain('intellectual-property');
    expect(classify('Le devis précise le coût de la main-d’œuvre.', 'fr')).not.toContain('intellectual-property');
    for (const yes of [
      'Toute reproduction, représentation ou adaptation du Site sans autorisation est interdite.',
      'L’Utilisateur s’engage à concéder à la Société, sans restriction ni paiement, tout droit, titre et intérêt sur ses commentaires.',
      'Vous reconnaissez que vous avez uniquement un droit d’utilisation pour votre compte.',
    ]) expect(classify(yes, 'fr'), yes).toContain('intellectual-property');
    expect(classify('La représentation des parties est assurée par leurs dirigeants.', 'fr')).not.toContain('intellectual-property');
  });

  it('reads a chosen French court, not "une juridiction compétente" or "tout tribunal compétent"', () => {
    expect(classify('Tout litige sera porté devant les tribunaux compétents du ressort du siège social du Prestataire.', 'fr')).toContain('jurisdiction');
    expect(classify('Vous pouvez saisir le tribunal compétent de votre lieu de résidence.', 'fr')).toContain('jurisdiction');
    expect(classify('La sentence arbitrale pourra être homologuée par tout tribunal compétent.', 'fr')).not.toContain('jurisdiction');
    expect(classify('Ces litiges seront tranchés exclusivement par une juridiction compétente et non par un arbitre.', 'fr')).not.toContain('jurisdiction');
  });

  it('reads a French disclaimer of warranties as limiting liability too', () => {
    expect(classify('Les Services sont fournis « en l’état », sans garantie d’aucune sorte.', 'fr')).toContain('liability');
    expect(classify('Dans la mesure permise par la loi, la Société exclut toute garantie expresse ou implicite.', 'fr')).toContain('liability');
    expect(classify('La présente garantie est sans préjudice de toute garantie commerciale.', 'fr')).not.toContain('liability');
  });

  it('reads a French undertaking to indemnify, not compensation owed to a passenger', () => {
    expect(classify('Vous acceptez d’indemniser et de défendre la Société, ses filiales et ses employés.', 'fr')).toContain('indemnity');
    expect(classify('La Société se réserve le droit d’assumer la défense de toute affaire faisant l’objet de votre obligation d’indemnisation.', 'fr')).toContain('indemnity');
    expect(classify('Le droit d’indemnisation cessera si aucune action n’a été lancée dans un délai de 2 ans.', 'fr')).not.toContain('indemnity');
    expect(classify('Le Transporteur traitera les demandes d’indemnisation présentées par un tiers.', 'fr')).not.toContain('indemnity');
  });

  it('reads the French governing law, not a right of the consumer', () => {
    for (const yes of [
      'Le présent contrat est régi par le droit de la République fédérale d’Allemagne.',
      'Vous consentez à l’application du droit français ainsi qu’à la compétence des juridictions françaises.',
      'Les lois d’Angleterre et du pays de Galles régissent les présentes Conditions.',
    ]) expect(classify(yes, 'fr'), yes).toContain('governing-law');
    for (const no of [
      'Certains tarifs peuvent être soumis à des conditions qui limitent votre droit de modifier vos réservations.',
      'En application de la législation française, les plus-values nettes sont assujetties à l’impôt.',
    ]) expect(classify(no, 'fr'), no).not.toContain('governing-law');
  });

  it('reads the French platform speaking in the first person as a power (content removal, changes)', () => {
    for (const yes of [
      'Nous nous réservons le droit de supprimer, limiter la diffusion ou modifier le Contenu utilisateur.',
      'La Société se réserve le droit, à son entière discrétion, de supprimer tout Contenu Utilisateur.',
      'Si nous supprimons votre contenu, nous vous en informerons sans retard.',
    ]) expect(classify(yes, 'fr'), yes).toContain('content-removal');
    expect(classify('Nous pouvons modifier les présentes Conditions de temps à autre.', 'fr')).toContain('unilateral-change');
    // Closing an account is termination; "à notre avis" and "avis de résiliation" are no reviews.
    expect(classify('Nous nous réservons le droit de bloquer votre compte en cas d’abus.', 'fr')).not.toContain('content-removal');
    expect(classify('Nous pouvons refuser des bagages qui, à notre avis raisonnable, sont mal emballés.', 'fr')).not.toContain('content-removal');
  });

  it('reads French termination in any tense and person', () => {
    for (const yes of [
      'Nous résilierons votre compte en cas d’infraction grave aux lois en vigueur.',
      'Le décès de l’Utilisateur met fin automatiquement aux présentes Conditions.',
      'Si nous supprimons votre compte, ces Conditions prendront fin.',
      'Nous nous réservons la possibilité de révoquer le droit d’utiliser l’Application.',
    ]) expect(classify(yes, 'fr'), yes).toContain('termination');
    expect(classify('L’identification du contenu qui a été supprimé ou dont l’accès a été désactivé.', 'fr')).not.toContain('termination');
  });

  it('does not read French time references, company forms or conformity checks as other clauses', () => {
    expect(classify('Tout litige relatif à sa formation, son exécution ou sa résiliation sera de la compétence du Tribunal de commerce de Paris.', 'fr')).not.toContain('termination');
    expect(classify('Le Prestataire s’interdit de solliciter le personnel du Client pendant vingt-quatre mois après la fin du contrat.', 'fr')).not.toContain('termination');
    expect(classify('En cas de fin anticipée du contrat, les jours réalisés restent dus.', 'fr')).toContain('termination');
    expect(classify('La société ORBIS, société à responsabilité limitée au capital de 40 000 euros, est immatriculée au RCS de Lyon.', 'fr')).not.toContain('liability');
    expect(classify('Le Client dispose de dix jours pour vérifier la conformité des livrables et formuler des réserves.', 'fr')).not.toContain('audit');
    expect(classify('Le Client peut vérifier la conformité du Prestataire à ses obligations légales par un audit annuel.', 'fr')).toContain('audit');
  });

  it('reads French defects, maintenance and corrections of the work as warranty', () => {
    for (const yes of [
      'Toute action au titre d’un vice caché est prescrite dans le délai d’un an.',
      'La réception couvre les défauts de conformité apparents.',
      'Sauf stipulation contraire, le Prestataire n’est soumis à aucune obligation de maintenance.',
      'Le Prestataire s’engage à corriger les anomalies bloquantes signalées pendant trois mois.',
    ]) expect(classify(yes, 'fr'), yes).toContain('warranty');
    expect(classify('Le Client peut vérifier sa commande et corriger d’éventuelles erreurs de saisie.', 'fr')).not.toContain('warranty');
  });

  it('declares patterns for every category in both languages, with anchors that compile', () => {
    expect(CATEGORY_PATTERNS.map((p) => p.id).sort()).toEqual([...CATEGORIES].sort());
    for (const p of CATEGORY_PATTERNS) {
      for (const lang of ['fr', 'en'] as const) {
        expect(p[lang].length, `${p.id} ${lang}`).toBeGreaterThan(0);
        expect(() => new RegExp(p.keys[lang])).not.toThrow();
      }
    }
  });
});
