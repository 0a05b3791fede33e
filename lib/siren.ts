/**
 * SIREN (9 digits) and SIRET (14 digits) checks for the profile form. Both carry a Luhn check digit, except
 * La Poste's establishments (SIREN 356 000 000), whose SIRET digits sum to a multiple of 5.
 */
export type SirenCheck = 'empty' | 'ok' | 'format' | 'checksum';

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Digits only ("812 345 678" → "812345678"). */
export function compactSiren(value: string): string {
  return value.replace(/[\s.\-]/g, '');
}

export function checkSiren(value: string): SirenCheck {
  const digits = compactSiren(value);
  if (!digits) return 'empty';
  if (!/^(\d{9}|\d{14})$/.test(digits)) return 'format';
  if (digits.length === 14 && digits.startsWith('356000000')) {
    const sum = [...digits].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0 ? 'ok' : 'checksum';
  }
  return luhn(digits) ? 'ok' : 'checksum';
}
