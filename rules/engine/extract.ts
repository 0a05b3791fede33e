/**
 * Parameter extractors shared by the checks, French and English. All work on normalised text and return
 * matches in order of appearance, with `index`/`length` relative to the input string.
 * Written to run in linear time: no nested unbounded quantifiers.
 */
import type { Lang } from './types';

interface Located {
  index: number;
  length: number;
}

/** "douze (12) mois", "twelve (12) months", "un an", "2 years", "18 mois", "trois semaines". */
export interface Duration extends Located {
  /** The duration in months (days / 30.44, weeks × 7 / 30.44). */
  months: number;
  /** The duration in calendar days (months × 30, years × 365). */
  days: number;
  unit: 'days' | 'weeks' | 'months' | 'years';
  /** "jours ouvrés / ouvrables / business days / working days". */
  business: boolean;
}
export declare function durations(text: string, lang: Lang): Duration[];

export type StartPoint =
  | 'invoice-date' // date d'émission / de facture, invoice date
  | 'invoice-receipt' // réception de la facture, receipt of invoice
  | 'validation' // validation du CRA / timesheet approval
  | 'acceptance' // après recette / upon acceptance
  | 'end-client-payment' // règlement du client final, paid by the end client
  | 'performance' // exécution de la prestation, completion of the services
  | 'unknown';

/** "45 jours fin de mois", "net 60", "60 days EOM", "à 90 jours date de facture", "le 10 du mois suivant". */
export interface PaymentTerm extends Located {
  days: number;
  eom: boolean;
  business: boolean;
  start: StartPoint;
}
export declare function paymentTerms(text: string, lang: Lang): PaymentTerm[];

/** "10 000 €", "€10,000", "5 k€", "$2,500", "£1,000". */
export interface Money extends Located {
  amount: number;
  currency: 'EUR' | 'USD' | 'GBP';
}
export declare function money(text: string): Money[];

/** "6 mois de facturation", "three months' fees", "12 mois d'honoraires". */
export interface FeeMultiple extends Located {
  months: number;
}
export declare function feeMultiples(text: string, lang: Lang): FeeMultiple[];

/** "10 %" with its base: "par jour de retard", "du montant total", "per day", "of the fees". */
export interface Percentage extends Located {
  value: number;
  base: 'per-day' | 'per-week' | 'per-month' | 'per-year' | 'total' | 'fees' | 'unknown';
}
export declare function percentages(text: string, lang: Lang): Percentage[];

/** The widest territory named: a city, a region, a country, the EU, the world, or undefined when none is. */
export type Territory = 'city' | 'region' | 'country' | 'eu' | 'world' | 'undefined';
export declare function territory(text: string, lang: Lang): Territory;

/** Carve-outs and negations: "sauf", "à l'exception de", "sous réserve", "except", "unless", "notwithstanding". */
export declare function hasCarveOut(text: string, lang: Lang): boolean;
