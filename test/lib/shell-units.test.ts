import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../lib/badge';
import { injectionFailure, isPdfUrl, reviewability, viewerPath } from '../../lib/reviewable';
import { checkSiren } from '../../lib/siren';
import { docKeyForUrl, dismissFinding, getDocState, markNegotiated, pdfDocKey, restoreFinding } from '../../lib/review-state';
import { eraseUserData, exportUserData, importUserData, parseUserData } from '../../lib/user-data';
import { profileItem, settingsItem, tabReviewsItem } from '../../lib/storage';
import { finding, reviewOf } from './fixtures';

describe('badge', () => {
  const entry = (review = reviewOf([])) => ({ status: 'reviewed' as const, docKey: '', url: '', title: '', source: 'page' as const, review, updatedAt: 0 });
  it('is coloured by the worst severity', () => {
    expect(badgeFor(entry(reviewOf([finding({ severity: 'low' }), finding({ severity: 'medium' })])))).toEqual({ text: '2', color: '#ef6c00' });
    expect(badgeFor(entry(reviewOf([finding({ severity: 'low' })]))).color).toBe('#f9a825');
    expect(badgeFor(entry(reviewOf([])))).toEqual({ text: '0', color: '#2e7d32' });
  });
  it('dismissed findings do not count', () => {
    expect(badgeFor(entry(reviewOf([finding(), finding({ dismissed: true })]))).text).toBe('1');
  });
  it('hides the number when there is no contract or nothing reviewed', () => {
    expect(badgeFor(entry(reviewOf([finding()], { notAContract: true }))).text).toBe('');
    expect(badgeFor(undefined).text).toBe('');
  });
});

describe('reviewability', () => {
  it('knows the pages no extension may read', () => {
    for (const url of ['chrome://extensions', 'about:blank', 'view-source:https://a.fr/', 'edge://settings',
      'https://chromewebstore.google.com/', 'https://addons.mozilla.org/fr/firefox/', 'moz-extension://x/popup.html']) {
      expect(reviewability(url, true), url).toEqual({ ok: false, reason: 'bg_error_restricted' });
    }
    expect(reviewability('file:///tmp/c.html', false)).toEqual({ ok: false, reason: 'bg_error_file_access' });
    expect(reviewability('file:///tmp/c.html', true)).toEqual({ ok: true });
    expect(reviewability('https://intranet.example.org/contrat', false)).toEqual({ ok: true });
  });
  it('maps the browser\'s refusals', () => {
    expect(injectionFailure('Cannot access a chrome:// URL')).toBe('bg_error_restricted');
    expect(injectionFailure('The extensions gallery cannot be scripted.')).toBe('bg_error_restricted');
    expect(injectionFailure('Cannot access contents of url "file:///x". Extension manifest must request permission')).toBe('bg_error_file_access');
    expect(injectionFailure('Frame with ID 0 was removed.')).toBe('bg_error_inject');
  });
  it('recognises PDFs and links to the viewer', () => {
    expect(isPdfUrl('https://x.fr/docs/Contrat.PDF?dl=1')).toBe(true);
    expect(isPdfUrl('https://x.fr/contrat.html')).toBe(false);
    expect(viewerPath('https://x.fr/a b.pdf')).toBe('/viewer.html?file=https%3A%2F%2Fx.fr%2Fa%20b.pdf');
  });
});

describe('SIREN / SIRET', () => {
  it('checks length and check digit', () => {
    expect(checkSiren('')).toBe('empty');
    expect(checkSiren('732 829 320')).toBe('ok');
    expect(checkSiren('73282932000074')).toBe('ok');
    expect(checkSiren('732 829 321')).toBe('checksum');
    expect(checkSiren('12345')).toBe('format');
    expect(checkSiren('73282932A')).toBe('format');
    expect(checkSiren('35600000000001')).toBe('ok'); // La Poste: digit sum multiple of 5, not Luhn
  });
});

describe('review state', () => {
  beforeEach(() => fakeBrowser.reset());
  it('keys documents by origin and path', () => {
    expect(docKeyForUrl('https://a.fr/contrat?x=1#art-5')).toBe('https://a.fr/contrat');
  });
  it('dismisses, marks negotiated and restores', async () => {
    await dismissFinding('k', 'NC-01#a', 'accepté en réunion', { title: 'C' });
    await markNegotiated('k', 'PY-01#b');
    let state = await getDocState('k');
    expect(state.dismissed).toEqual({ 'NC-01#a': 'accepté en réunion' });
    expect(state.negotiated).toEqual(['PY-01#b']);
    expect(state.title).toBe('C');
    await restoreFinding('k', 'NC-01#a');
    state = await getDocState('k');
    expect(state.dismissed).toEqual({});
  });
  it('gives PDFs a key from their text', async () => {
    expect(await pdfDocKey('abc')).toBe('pdf:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('user data', () => {
  beforeEach(() => fakeBrowser.reset());
  it('exports everything and imports it back', async () => {
    await profileItem.setValue({ ...(await profileItem.getValue()), name: 'Sophie Renard' });
    await settingsItem.setValue({ role: 'client', language: 'en', thresholds: { nonCompeteMaxMonths: 6 }, disabledCategories: ['audit'] });
    const file = await exportUserData(new Date('2026-11-28T10:00:00Z'));
    await eraseUserData();
    expect((await profileItem.getValue()).name).toBe('');
    const parsed = parseUserData(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) await importUserData(parsed.file);
    expect((await profileItem.getValue()).name).toBe('Sophie Renard');
    expect((await settingsItem.getValue()).thresholds).toEqual({ nonCompeteMaxMonths: 6 });
  });
  it('rejects bad files with a reason, writing nothing', () => {
    expect(parseUserData('{oops')).toEqual({ ok: false, error: 'options_import_error_json' });
    expect(parseUserData('{"hello":1}')).toEqual({ ok: false, error: 'options_import_error_format' });
    const base = { format: 'vigie-user-data', version: 1, exportedAt: '' };
    expect(parseUserData(JSON.stringify({ ...base, version: 99, data: {} }))).toMatchObject({ error: 'options_import_error_version' });
    expect(parseUserData(JSON.stringify({ ...base, data: { passwords: {} } }))).toMatchObject({ error: 'options_import_error_item', detail: 'passwords' });
    expect(parseUserData(JSON.stringify({ ...base, data: { settings: { role: 'boss' } } }))).toMatchObject({ detail: 'settings' });
  });
  it('erase also forgets the reviews of open tabs', async () => {
    await tabReviewsItem.setValue({ '3': { status: 'reviewing', docKey: '', url: '', title: '', source: 'page', updatedAt: 0 } });
    await eraseUserData();
    expect(await tabReviewsItem.getValue()).toEqual({});
  });
});
