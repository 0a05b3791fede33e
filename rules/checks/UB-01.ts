import { defineCheck, type Assessment } from '../engine/check';

const UNILATERAL = {
  fr: /(se réserve|se réservent|nous réservons) (le droit|la faculté|la possibilité) (de (modifier|changer|adapter|réviser|faire évoluer|compléter|mettre à jour)|d'apporter des (changements|modifications))|(est|sont) libres? de modifier|(sommes|est|sont) susceptibles? de (modifier|mettre à jour)|(pourra|peut)[^.]{0,40}\b(modifier|changer|faire évoluer|mettre à jour)\b[^.]{0,30}\b(les présentes|le présent contrat|les conditions|ses tarifs|les tarifs|ses prix|les prix|le périmètre|le service|les services|la plateforme|le site)\b|(les présentes|les conditions|le présent contrat)[^.]{0,40}(peuvent|pourront|sont susceptibles d'être) (être )?(modifiées|mises à jour|révisées|modifié)|(peu(ven)?t|pourront|pourra) être (modifiée?s?|révisée?s?|mises? à jour|complétée?s?) (à tout moment|unilatéralement|sans préavis|par (le Client|la Société|nous))|(pourra|peut|pourront) (à tout moment |unilatéralement )(modifier|changer|réviser)|conditions générales d'achat (du Client |de la Société )?(prévalent|prévaudront|s'appliquent (seules|en priorité))|dernière version (en ligne|en vigueur|publiée|disponible)|\b(il appartient à l'Utilisateur|il vous appartient|vous (êtes invité|devez)|l'Utilisateur (est invité|doit))\b[^.]{0,60}\b(consulter|vérifier|prendre connaissance)\b[^.]{0,80}\b(régulièrement|périodiquement|modifications|mises à jour|dernière version)|version (en vigueur|consultable) (sur|à l'adresse)/i,
  en: /(reserves? the right|retains? the right|(is|are) entitled to|may|can)[^.]{0,80}\b(amend|modify|change|update|revise|replace|supplement|eliminate)\b[^.]{0,80}\b(these|this|the|our|its|any|such) [^.]{0,20}\b(Terms|Agreements?|Policy|Policies|Rules|conditions|pricing|prices|fees|Services?|Platform|Site|content|Statement of Work|scope)\b|(reserves? the right to|may|can|will)[^.]{0,30}make (any )?changes,? to (these|this|the|our) (Terms|Agreements?|Policy|Policies|Rules|Services?|fees|prices)|the Services? (may|can) change|(these|this|the|our) (Terms|Agreement|User Agreement|policies|Policy|conditions)[^.]{0,40}(may|can) be (changed|amended|modified|updated|revised)|(posted|published) on (our|the|its) (website|site)[^.]{0,80}(binding|effective|apply|constitute)|(Company's|Customer's|Client's|our) (standard )?(purchase order )?(terms|terms and conditions) (shall )?(prevail|govern|control)|(amend|modify|change|update|revise)[^.]{0,40}at any time[^.]{0,30}(without|with or without) (prior )?notice|\b(most (current|recent)|latest|current) version of (the|these|this) (Terms|Agreement)[^.]{0,80}\b(govern|appl(y|ies)|bind)|\b(responsib\w*|expected|should|must|obligation)\b[^.]{0,60}\b(review|check|look at|consult|visit|familiari[sz]e)\w*\b[^.]{0,100}\b(periodically|regularly|from time to time|frequent\w*|changes|modifications|revisions|updates)\b|\bbound by (any )?(such )?(amended|modified|revised|updated|future) (Terms|Agreement|versions?|conditions)|\b(may|reserves? the right to|retains? the right to)\b[^.]{0,60}\b(impose|create|establish|place|set) (new )?(limits|limitations|restrictions)\b|\b(reserves? the right|may|can)\b[^.]{0,100}\b(changes|modifications) to (these|this|the|our|its) (Terms|Agreement|Services?|EULA|Platform|Site)\b|\b(Services?|Terms|Agreement|EULA)\b[^.]{0,60}\b(may|can) (be )?(change|changed|modified|amended)\b[^.]{0,40}\b(at any time|from time to time|without (prior )?notice)|\bsubject to (change|modification|revision)s?\b[^.]{0,40}\b(at any time|without (prior )?notice|sole discretion)/i,
};

/**
 * The other side may remove, block or delete the user's content, data or username at its discretion
 * (CLAUDETTE "content removal"): reported as the 'content-removal' variant.
 */
const CONTENT_REMOVAL = {
  fr: /\b(se réserve|se réservent|nous réservons|pourra|pourront|peut|peuvent|pouvons|libre|discrétion|appréciation)\b[^.]{0,120}\b(supprimer|retirer|effacer|modérer|bloquer|masquer|désactiver|refuser de publier|ne pas publier|dépublier|suspendre la publication)\b[^.]{0,80}\b(contenus?|avis|commentaires?|publications?|messages?|annonces?|photos?|données|pseudonymes?|fichiers)\b|\b(contenus?|avis|commentaires?|publications?|messages?|annonces?|photos?|fichiers)\b[^.]{0,80}\b(pourr?a|pourr?ont|peu(ven)?t) être (supprimée?s?|retirée?s?|effacée?s?|modérée?s?|bloquée?s?|dépubliée?s?)/i,
  en: /\b(may|reserves? the right|(have|has) the right|(is|are) entitled|discretion|at any time)\b[^.]{0,120}\b(remove|delete|disable access to|take down|block|reclaim|un-share|eliminate|refuse to (post|display|distribute|publish))\b[^.]{0,80}\b(content|material|submissions?|messages|reviews|comments|usernames?|user ?names?|account names?|photos?|images?|communications?|virtual goods|information|data|listings?)\b|\b(content|material|submissions?|messages|reviews|comments|usernames?|photos?|images?|communications?|virtual goods)\b[^.]{0,80}\b(may|can) be (removed|deleted|taken down|blocked)|\b(subject to|result in)\b[^.]{0,60}\b(deletion|removal)\b/i,
};

/** The user removing their own content ("you may delete your content at any time") is no power of the other side. */
const USER_REMOVES = {
  fr: /\b(vous|l['’]Utilisateur|le Client|le Membre|l['’]Adhérent|le consommateur|le Passager|l['’]Abonné|le Titulaire)\s+(pouvez|pourrez|peut|pourra|a la possibilité de|a le droit de)\b[^.]{0,80}\b(supprimer|retirer|effacer)/i,
  en: /\b(you|users?) (may|can|are (free|entitled) to|have the right to)\b[^.]{0,40}\b(remove|delete|take down)/i,
};

/**
 * The user is bound by mere use, access or continued use of the service (CLAUDETTE "contract by using"):
 * reported as the 'acceptance-by-use' variant, whoever the grammatical subject is ("you agree…").
 */
const ACCEPTANCE_BY_USE = {
  fr: /\ben (utilisant|accédant|naviguant|poursuivant (sa|votre) navigation|continuant (à|d')utiliser|vous inscrivant|téléchargeant|installant|commandant)\b[^.]{0,150}\b(accept|adh[èe]r|consent|vous engagez|s'engage)[^.]{0,80}\b(lié|liée|liés|lié\(e\)|soumise?s?|conditions|CGU|CGV|CGUV|présentes|contrat|accord|règlement|modifications|nouvelle version|termes)|\b(utilisation|accès|navigation|consultation|usage)\b[^.]{0,100}\b(vaut|valent|emporte|emportent|implique|impliquent|entraîne|signifie|constitue|manifeste)\b[^.]{0,40}\b(acceptation|adhésion|accord)[^.]{0,80}\b(lié|liée|liés|lié\(e\)|soumise?s?|conditions|CGU|CGV|CGUV|présentes|contrat|accord|règlement|modifications|nouvelle version|termes)|\b(réputée?s?|considérée?s?|présumée?s?) (avoir )?(accepté|adhéré|acceptée?s?)[^.]{0,100}\b(utilis|accès|accéd|navig|poursui|continu)/i,
  en: /\bby (using|accessing|visiting|browsing|downloading|installing|registering|signing up|continuing to (use|access)|(using|accessing) or (using|accessing))\b[^.]{0,250}\b(agree|accept|consent)[^.]{0,80}\b(bound|terms|agreement|EULA|conditions|polic(y|ies)|contract|abide|changes|revisions|amendments|modifications|updates?)\b|\b(continued|continuing|further|subsequent) (use|access|usage)\b[^.]{0,120}\b(constitutes?|signif(y|ies)|indicates?|means?|deemed|confirms?|will be|shall be|is)\b[^.]{0,60}\b(accept|agree|consent|acknowledg)|\b(accept|agree to) (these|the|this) [^.]{0,30}\b(Terms|Agreement|EULA|conditions)\b[^.]{0,20} by (using|accessing|installing)|\b(use|access) (of|to) (the|our|this) [^.]{0,120}\b(constitutes?|signif(y|ies)|is deemed|shall be deemed|will be deemed)\b[^.]{0,40}\b(accept|agree|consent)[^.]{0,80}\b(bound|terms|agreement|EULA|conditions|polic(y|ies)|contract|abide|changes|revisions|amendments|modifications|updates?)\b|\b(when|if|once) you (do )?(use|access|order|register)\b[^.]{0,100}\byou (also )?(agree to|accept|consent to|shall be deemed)[^.]{0,80}\b(bound|terms|agreement|EULA|conditions|polic(y|ies)|contract|abide|changes|revisions|amendments|modifications|updates?)\b|\bdeemed to (have )?(accept|agree)[^.]{0,120}\b(continu\w* (to use|using|use)|using|accessing)/i,
};

/** The user must watch for the other side's changes, or is bound by future versions. */
const WATCH_CHANGES = {
  fr: /\b(il appartient à l'Utilisateur|il vous appartient|vous (êtes invité|devez)|l'Utilisateur (est invité|doit))\b[^.]{0,60}\b(consulter|vérifier|prendre connaissance)\b[^.]{0,80}\b(régulièrement|périodiquement|modifications|mises à jour|dernière version)/i,
  en: /\b(responsib\w*|expected|should|must|obligation)\b[^.]{0,60}\b(review|check|look at|consult|visit|familiari[sz]e)\w*\b[^.]{0,100}\b(periodically|regularly|from time to time|frequent\w*|changes|modifications|revisions|updates)\b|\bbound by (any )?(such )?(amended|modified|revised|updated|future) (Terms|Agreement|versions?|conditions)/i,
};

/** Changes by signed amendment or by mutual agreement are fine. */
const AGREED = {
  fr: /avenant (écrit )?signé|d'un commun accord|accord (écrit |exprès )?(préalable )?des (deux )?Parties|accord exprès (et préalable )?du (Prestataire|Consultant)|signé par (les deux|chacune des) Parties|acceptation (écrite|expresse) du Prestataire/i,
  en: /signed by (both|each of the|authori[sz]ed representatives of both) parties|mutual (written )?(agreement|consent)|(written )?amendment signed|only (by|in) (a )?written (instrument|amendment|agreement)|agreed in writing by (both|the) parties/i,
};

/** A softer variant: notice and a right to walk away. */
const NOTICE_AND_EXIT = {
  fr: /préavis|(droit de|pourra) résilier|refuser (la|les) modification/i,
  en: /(\d+|thirty|fifteen|sixty) days'? (prior )?(written )?notice|(may|right to) terminate|(do not|don't) agree[^.]{0,60}(stop|terminate|cancel)/i,
};

export default defineCheck({
  id: 'UB-01',
  category: 'unilateral-change',
  severity: 'high',
  kind: 'risky',
  // 'any': acceptance by use binds the user ("you agree…"); the other variants keep the other side's power.
  party: 'any',
  assess({ unit }): Assessment | null {
    const text = unit.text;
    if (ACCEPTANCE_BY_USE[unit.lang].test(text)) {
      return { category: 'acceptance', variant: 'acceptance-by-use', severity: 'medium', params: { scope: 'whole contract' } };
    }
    // The remover is named next to the verb ("You agree that we may remove…"), not by the sentence's subject.
    if (CONTENT_REMOVAL[unit.lang].test(text) && !USER_REMOVES[unit.lang].test(text)) {
      const notice = /sans (préavis|notification|motif)|without (prior )?(notice|reason)|for any (or no )?reason|sole (and absolute )?discretion|seule (discrétion|appréciation)/i.test(text);
      return { category: 'content-removal', variant: 'content-removal', severity: notice ? 'high' : 'medium', params: { scope: 'content' } };
    }
    // "You are responsible for checking this page for changes": the user is the subject, the power is the other side's.
    if ((unit.actor === 'user' || unit.actor === 'mutual') && !WATCH_CHANGES[unit.lang].test(text)) return null;
    const scope = /prix|tarif|price|fee|pricing/i.test(text)
      ? 'price'
      : /périmètre|scope|prestations|Services|planning|lieu/i.test(text)
        ? 'scope'
        : 'whole contract';
    const exit = NOTICE_AND_EXIT[unit.lang].test(text);
    return { severity: exit ? 'medium' : 'high', params: { scope, right_to_refuse_or_terminate: exit } };
  },
  fr: {
    triggers: [UNILATERAL.fr, CONTENT_REMOVAL.fr, ACCEPTANCE_BY_USE.fr],
    unless: [AGREED.fr],
    text: {
      title: 'Modification unilatérale du contrat',
      explanation:
        "L'autre partie peut changer seule les conditions, le périmètre ou le prix, ou imposer ses propres conditions générales : ce que vous signez aujourd'hui peut ne plus être ce qui s'applique demain.",
      basis:
        "Un contrat ne peut être modifié que du consentement mutuel des parties (C. civ. 1193) ; soumettre un partenaire à une clause créant un déséquilibre significatif engage la responsabilité de son auteur (C. com. L442-1 I 2°).",
      suggestion:
        "« Toute modification du contrat, de son périmètre ou de ses prix fait l'objet d'un avenant écrit signé par les deux Parties. Toute demande de modification du périmètre donne lieu à un devis préalable du Prestataire. »",
    },
    variants: {
      'content-removal': {
        title: 'Suppression de vos contenus à la discrétion de l\'autre partie',
        explanation:
          "L'autre partie peut retirer, bloquer ou supprimer vos contenus, vos données ou votre identifiant selon sa seule appréciation, sans motif précis ni préavis : vous pouvez perdre votre travail ou vos données sans recours.",
        basis:
          "Face à un consommateur, une clause qui crée un déséquilibre significatif à son détriment est abusive et réputée non écrite (C. consom. L212-1) ; en pratique, la suppression discrétionnaire des contenus de l'utilisateur, sans motif ni préavis, est régulièrement critiquée comme abusive. Dans un contrat d'adhésion entre professionnels, une clause non négociable créant un déséquilibre significatif est réputée non écrite (C. civ. 1171).",
        suggestion:
          "« Un contenu ne peut être retiré qu'en cas de manquement précisément identifié aux présentes ou à la loi ; l'utilisateur en est informé avec le motif, peut contester la décision et récupérer ses contenus et données avant toute suppression définitive. »",
      },
      'acceptance-by-use': {
        title: 'Acceptation du contrat par simple utilisation',
        explanation:
          "Le simple fait d'utiliser, de consulter le service ou de continuer à l'utiliser après une modification vaut acceptation de conditions que vous n'avez peut-être jamais lues : vous êtes lié sans consentement exprès.",
        basis:
          "Face à un consommateur, sont interdites les clauses qui constatent son adhésion à des stipulations dont il n'a pas eu connaissance avant la conclusion du contrat (C. consom. R212-1), et toute clause créant un déséquilibre significatif est abusive (L212-1). Entre professionnels, des conditions générales n'ont effet que si elles ont été portées à la connaissance de l'autre partie et acceptées par elle (C. civ. 1119).",
        suggestion:
          "« Les présentes conditions s'appliquent après leur acceptation expresse par l'utilisateur (case à cocher ou signature). Toute nouvelle version lui est notifiée au moins 30 jours à l'avance et ne s'applique qu'avec son accord exprès ; à défaut, il peut résilier sans frais. »",
      },
    },
    examples: {
      flagged: [
        "⟦Le Client se réserve le droit de modifier à tout moment le périmètre et le planning de la mission.⟧",
        "⟦Les présentes conditions générales peuvent être modifiées à tout moment par la Société, la version applicable étant la dernière version en ligne.⟧",
        "Le contrat est conclu pour six mois. ⟦Les conditions générales d'achat du Client prévalent sur toute autre stipulation.⟧",
        "⟦Nous nous réservons le droit d'apporter des changements aux Services et aux présentes conditions à tout moment.⟧ Vous êtes soumis aux conditions en vigueur au moment de votre commande.",
        "Les avis sont publiés après modération. ⟦La Société se réserve le droit de supprimer, sans préavis et à sa seule discrétion, tout contenu publié par l'Utilisateur.⟧",
        "⟦L'utilisation du site vaut acceptation sans réserve des présentes conditions générales.⟧",
        "⟦Il appartient à l'Utilisateur de consulter régulièrement la dernière version des présentes conditions.⟧",
        "⟦En accédant à la plateforme, vous acceptez d'être lié par les présentes conditions d'utilisation.⟧",
      ],
      clean: [
        "Toute modification du présent contrat fera l'objet d'un avenant écrit signé par les deux Parties.",
        "Le périmètre de la mission pourra être modifié d'un commun accord entre les Parties, sur la base d'un devis préalable.",
        "Le Prestataire se réserve le droit de refuser toute modification du périmètre non chiffrée.",
        "Vous pouvez supprimer vos contenus à tout moment depuis votre espace personnel.",
        "Les présentes conditions s'appliquent dès leur acceptation par l'Utilisateur, matérialisée par une case à cocher lors de l'inscription.",
      ],
    },
  },
  en: {
    triggers: [UNILATERAL.en, CONTENT_REMOVAL.en, ACCEPTANCE_BY_USE.en],
    unless: [AGREED.en],
    text: {
      title: 'Unilateral changes to the contract',
      explanation:
        'The other side can change the terms, the scope or the price on its own, or impose its own standard terms: what you sign today may not be what applies tomorrow.',
      basis:
        'A contract may only be changed by mutual consent (French C. civ. 1193); imposing a significantly unbalanced term engages liability (C. com. L442-1 I 2°). Freelance guides list unilateral contract changes as a red flag.',
      suggestion:
        '"This Agreement, any SOW and the fees may be amended only by a written amendment signed by both parties. Any change in scope requested by Client will be quoted by Contractor before work begins."',
    },
    variants: {
      'content-removal': {
        title: 'Your content can be removed at their discretion',
        explanation:
          'The other side may remove, block or delete your content, data or username at its sole discretion, without a stated reason or notice: you can lose your work or data with no recourse.',
        basis:
          'For consumers, a term that causes a significant imbalance to the consumer\'s detriment is unfair and not binding (UK Consumer Rights Act 2015, Part 2; EU Unfair Terms Directive 93/13); discretionary removal of user content without reason or notice is commonly treated as such a term in practice. Between businesses, standard terms that let one side perform substantially differently face the reasonableness test of the Unfair Contract Terms Act 1977.',
        suggestion:
          '"Content may be removed only for a clearly identified breach of these Terms or of the law; the user is told the reason, may contest the decision, and may export their content and data before any permanent deletion."',
      },
      'acceptance-by-use': {
        title: 'Bound by mere use of the service',
        explanation:
          'Merely using or visiting the service, or continuing to use it after a change, counts as accepting terms you may never have read: you are bound without express consent.',
        basis:
          'For consumers, a term binding the consumer to terms with which they had no real opportunity to become acquainted before the contract is listed as potentially unfair (EU Unfair Terms Directive 93/13, annex; UK Consumer Rights Act 2015, Schedule 2), and terms must be transparent (CRA 2015, Part 2). Between businesses, standard terms bind only if they were reasonably brought to the other party\'s attention.',
        suggestion:
          '"These Terms apply once the user has expressly accepted them (tick box or signature). Any new version is notified at least 30 days in advance and applies only with the user\'s express consent; otherwise the user may terminate without charge."',
      },
    },
    examples: {
      flagged: [
        '⟦We may modify these Terms at any time without prior notice.⟧',
        '⟦Company reserves the right to change the scope of the Services and the fees at its discretion.⟧',
        'This Agreement is effective on the date of signature. ⟦We may revise these Terms from time to time, and the revised version will be effective when posted on our website.⟧',
        '⟦The Company reserves the right, at its sole discretion, to change the fees payable for the Services.⟧',
        'We do not pre-screen posts. ⟦We reserve the right to remove or disable access to any User Content at any time, for any reason, without notice.⟧',
        '⟦You acknowledge that the Company may delete your username and content in its sole discretion.⟧',
        '⟦By accessing or using the Service, you agree to be bound by these Terms.⟧',
        '⟦You are responsible for reviewing these Terms periodically to check for any changes we make.⟧',
        '⟦We may impose limits on certain features or restrict storage at any time.⟧',
        'We may update these Terms. ⟦Your continued use of the Service after the changes take effect constitutes your acceptance of the revised Terms.⟧',
      ],
      clean: [
        'This Agreement may be amended only by a written amendment signed by both parties.',
        'Any change to the scope of the Services shall be agreed in writing by both parties through a change order.',
        'Contractor may update the project schedule after consulting Client.',
        'You may delete your content at any time from your account settings.',
        'By using the Service you must comply with applicable law and our acceptable use rules.',
      ],
    },
  },
});
