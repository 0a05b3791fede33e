/**
 * English clause typing in terms of service and commercial contracts: for each exclusion, a sentence it
 * keeps out and a clause of the same type it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../rules/engine/classify';
import type { Category } from '../../../rules/engine/types';

const has = (text: string, category: Category) => expect(classify(text, 'en'), text).toContain(category);
const lacks = (text: string, category: Category) => expect(classify(text, 'en'), text).not.toContain(category);

describe('classify (en): termination', () => {
  it('reads the provider ending the account or the contract', () => {
    has('We may terminate your account at any time.', 'termination');
    has('Any violation of this Section may result in immediate termination of your account without any refund.', 'termination');
    has("This Agreement shall remain in effect until terminated by either party upon thirty (30) days' prior written notice.", 'termination');
    has('We may stop (permanently or temporarily) providing the Services to you or to users generally.', 'termination');
    has('Failure to meet these standards may result in our limiting, restricting or suspending your seller account.', 'termination');
    has('The permission to use catalog content is subject to revocation at any time at our sole discretion.', 'termination');
    lacks('You can stop using the Service at any time.', 'termination');
  });

  it('does not read content removal, the user leaving, refunds, the duration or maintenance as termination', () => {
    lacks('We may remove or disable access to any content that violates these Terms.', 'termination');
    lacks('We reserve the right to block access to such User Content at our discretion.', 'termination');
    lacks('You may discontinue your use of the Services at any time.', 'termination');
    lacks('If you wish to terminate your account, you may do so by following the instructions on the Site.', 'termination');
    lacks('If we terminate your account, you will not receive a refund of any fees already paid.', 'termination');
    has('We may suspend or terminate your account at any time, without notice or refund.', 'termination');
    lacks('These Terms will continue to apply until terminated by either you or us.', 'termination');
    lacks('We may temporarily suspend the Service for maintenance or repairs.', 'termination');
    lacks('The licence you grant is irrevocable and will continue after expiry or termination of these Terms.', 'termination');
  });
});

describe('classify (en): liability', () => {
  it('reads a party excluding or limiting its liability', () => {
    has('We exclude all liability for any loss arising from your use of the Site.', 'liability');
    has('The foregoing limitation of liability will apply to the maximum extent permitted by applicable law.', 'liability');
    has('The Company is only liable for slight negligence in case of a breach of a material contractual obligation.', 'liability');
    has('The Company is liable for damages arising as a foreseeable result of its negligence.', 'liability');
    has('This does not affect our liability for death or personal injury arising from our negligence.', 'liability');
    lacks('The Member will be liable for any acts resulting from gross negligence or willful misconduct.', 'liability');
    lacks('Your use of the Service is at your own risk.', 'liability');
  });

  it('does not read a mere reference to the limitation of liability as one', () => {
    lacks('The limitations of liability set forth above reflect the allocation of risk between the parties.', 'liability');
    lacks('These Terms include information about automatic renewals, limitations of liability and privacy.', 'liability');
  });
});

describe('classify (en): arbitration', () => {
  it('reads disputes sent to arbitration, not the steps to start one or a survival list', () => {
    has('Any dispute shall be submitted to final and binding arbitration.', 'arbitration');
    lacks('If the dispute cannot be resolved informally, the party intending to pursue arbitration shall notify the other party.', 'arbitration');
    lacks('The provisions on indemnities, disclaimers and arbitration will survive any termination of this Agreement.', 'arbitration');
  });
});

describe('classify (en): jurisdiction', () => {
  it('reads the choice of court, not a pointer to the forum clause', () => {
    has('Any dispute shall be brought exclusively in the state or federal courts located in San Francisco, California.', 'jurisdiction');
    lacks('Instead, all claims and disputes will be resolved in a court as set forth in section 13.13 below.', 'jurisdiction');
    lacks('If you opt out of arbitration, you agree to be subject to the "Forum and Venue" provision set forth above.', 'jurisdiction');
    has('Subject to the provisions of Section 12, the courts of London shall have exclusive jurisdiction over any dispute.', 'jurisdiction');
  });
});

describe('classify (en): unilateral change', () => {
  it('reads changes to the terms or the service, not edits of user content or a licence to adapt it', () => {
    has('We may modify these Terms at any time.', 'unilateral-change');
    lacks('We may, in our sole discretion, alter, remove or refuse to display any of Your Content.', 'unilateral-change');
    lacks('You grant us a worldwide licence to use, reproduce, adapt, modify and publish such Content.', 'unilateral-change');
    has('We may modify the Service, including any content, at any time.', 'unilateral-change');
    lacks('You may change your communication preferences at any time.', 'unilateral-change');
  });
});

describe('classify (en): acceptance', () => {
  it('reads acceptance by use, not a bare promise to be bound', () => {
    has('By using the Services you agree to be bound by these Terms.', 'acceptance');
    has('When you order or use the Products, you agree to be bound by these Terms.', 'acceptance');
    has('By signing up or otherwise using the Service, you are entering into a binding contract with us.', 'acceptance');
    lacks('You acknowledge that you have read these Terms and agree to be bound by them.', 'acceptance');
    lacks('Once you accept these Terms, we grant you a limited licence to use the Service.', 'acceptance');
    has('The Deliverables shall be deemed accepted if Client raises no objection within ten (10) days.', 'acceptance');
    lacks('Upon your acceptance of this Agreement, Apple will have the right (and will be deemed to have accepted the right) to enforce it.', 'acceptance');
    lacks('If you do not object to these changes within four weeks, the changes will be deemed to be accepted.', 'acceptance');
  });
});

describe('classify (en): content removal', () => {
  it('does not read the user deleting their content or removing parts of the terms as removal', () => {
    has('We may remove any content that violates these Terms.', 'content-removal');
    lacks('This licence ends once you delete such content or your account.', 'content-removal');
    lacks('We reserve the right to change, modify, add or remove portions of these Terms at any time.', 'content-removal');
  });
});

describe('classify (en): commercial contracts', () => {
  it('reads an audit right, not the word audit alone', () => {
    has('Licensor may audit the books and records of Licensee once a year.', 'audit');
    has('Supplier shall permit Customer to conduct an inspection of its facilities upon reasonable notice.', 'audit');
    lacks('Within thirty days after each quarter, Company shall deliver an unaudited balance sheet.', 'audit');
    lacks('Each Party shall notify the other of any regulatory audit of the Product.', 'audit');
    has('Licensee shall keep accurate books and records open to inspection by Licensor.', 'audit');
    lacks('Franchisee shall retain sales records for a period of at least twenty-four (24) months.', 'audit');
  });

  it('reads an insurance requirement, not an insurer named in passing', () => {
    has('Supplier shall maintain commercial general liability insurance of at least $1,000,000 per occurrence.', 'insurance');
    lacks('None of the damaged Products shall be disposed of until the claim is settled by the insurance company.', 'insurance');
  });

  it('gives a table of contents with page numbers no category', () => {
    expect(classify('INDEMNIFICATION; LIMITS ON LIABILITY 37 12.1 Scope of Indemnification 37 12.2 Notice and Control of Actions 38 12.3 Limitations on Liability 39', 'en')).toEqual([]);
  });

  it('does not read recitals or the name of the agreement as exclusivity', () => {
    has('Supplier appoints Distributor as its exclusive distributor in the Territory.', 'exclusivity');
    lacks('WHEREAS, Distributor desires to obtain the exclusive right to distribute the Products;', 'exclusivity');
    lacks('and WHEREAS, Supplier wishes to appoint Distributor as its exclusive distributor;', 'exclusivity');
    lacks('THIS EXCLUSIVE DISTRIBUTOR AGREEMENT is entered into as of the Effective Date.', 'exclusivity');
    has('If Distributor wishes to sell other products, it shall purchase them exclusively from Supplier.', 'exclusivity');
  });

  it('reads exclusive grants and dealing in their usual wordings, not control of patent prosecution', () => {
    has('Licensor grants to Licensee an exclusive, non-transferable (except as set forth in Section 12) right and license to use the Marks.', 'exclusivity');
    has('Supplier grants to Distributor the exclusive rights to maintain regulatory approvals, promote and sell the Product in the Territory.', 'exclusivity');
    has('During the term of this Agreement, Distributor will exclusively purchase the Product from Supplier.', 'exclusivity');
    has('The Distributor shall not order or purchase Products from any source other than the Company.', 'exclusivity');
    has('Distributor shall be the only distributor appointed by the Company in the Territory.', 'exclusivity');
    has("Supplier shall supply all of the Customer's commercial requirements for the Product.", 'exclusivity');
    lacks('Licensor shall have the exclusive right to prepare, file and maintain the patent applications.', 'exclusivity');
    lacks('Supplier shall comply with all applicable requirements.', 'exclusivity');
  });

  it('does not read a renewal left to a later mutual agreement as a renewal term', () => {
    has('This Agreement shall automatically renew for successive one (1) year terms unless either party gives notice.', 'renewal');
    lacks('This Agreement may be renewed upon mutual written agreement of the parties.', 'renewal');
    has('This Agreement shall renew for successive one-year terms unless the parties mutually agree otherwise.', 'renewal');
    lacks('Thereafter, this Agreement can be renewed by mutual written agreement of the parties for successive one (1) year periods.', 'renewal');
  });

  it('reads a termination fee and liquidated damages, not the right to end without paying the fee', () => {
    has('If Customer terminates for convenience, Customer shall pay Supplier an early termination fee of $50,000.', 'penalty');
    has('The Termination Fee shall be deemed to be liquidated damages and not a penalty.', 'penalty');
    lacks('Customer may terminate this Agreement without payment of the Termination Fee upon written notice.', 'penalty');
  });

  it('reads non-solicitation in its "neither party" and customer-contact forms, not the employment relationship', () => {
    has('Neither party shall solicit the employees of the other party for employment during the Term.', 'non-solicitation');
    has("The Company shall not contact any of the Distributor's customers without its prior written approval.", 'non-solicitation');
    has('The Franchisee will not entice or induce any employee of the Franchisor or of any other franchisee of the Franchisor to leave such employment.', 'non-solicitation');
    lacks('This Agreement shall not be construed to create an employer-employee relationship between the parties.', 'non-solicitation');
    lacks('Sections 12 (Indemnification), 18 (Non-Solicitation) and 19 (Choice of Law) shall survive termination of this Agreement.', 'non-solicitation');
  });

  it('gives a lettered heading no category', () => {
    expect(classify('20.G. COVENANT NOT TO COMPETE.', 'en')).toEqual([]);
    expect(classify('A. IN TERM COVENANT NOT-TO-COMPETE.', 'en')).toEqual([]);
    has('A. Franchisee shall not engage in any competing business during the term.', 'non-compete');
  });
});
