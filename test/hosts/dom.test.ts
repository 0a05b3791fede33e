// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DomAdapter } from '../../hosts/dom';
import { groupFindings } from '../../hosts/marks';
import { fakeEnv, findingAt } from './helpers';

const HTML = `<main><h1>Contrat</h1><p id="p1">Article 9. Le Prestataire s’interdit <b>toute</b> activité concurrente pendant 24 mois.</p>
<p id="p2">Article 10. Paiement à 90 jours fin de mois.</p><div contenteditable="true" id="ed">Clause éditable : pénalité de 50 %.</div></main>`;

const adapters: DomAdapter[] = [];

function setup() {
  document.body.innerHTML = HTML;
  const env = fakeEnv();
  const adapter = new DomAdapter(window, env);
  adapters.push(adapter);
  const { text } = adapter.readText();
  return { adapter, env, text };
}

afterEach(() => {
  // each test's adapter goes, with its document listeners, marks, card and style
  for (const adapter of adapters.splice(0)) adapter.destroy();
  document.body.innerHTML = '';
});

describe('DomAdapter highlights', () => {
  it('marks the exact ranges with accessible, per-severity marks', () => {
    const { adapter, text } = setup();
    const nc = findingAt(text, 's’interdit toute activité concurrente', { id: 'NC' });
    const py = findingAt(text, 'Paiement à 90 jours', { id: 'PY', severity: 'medium', title: 'Late payment' });
    expect(adapter.highlight([nc, py])).toBe(2);
    const marks = [...document.querySelectorAll('mark.vigie-mark')] as HTMLElement[];
    // the first finding spans three text nodes (the <b> splits it): three marks, one tab stop
    expect(marks.filter((m) => m.dataset.vigieId === 'NC').map((m) => m.textContent).join('')).toBe('s’interdit toute activité concurrente');
    expect(marks.filter((m) => m.tabIndex === 0).map((m) => m.dataset.vigieId)).toEqual(['NC', 'PY']);
    const py0 = marks.find((m) => m.dataset.vigieId === 'PY')!;
    expect(py0.className).toContain('vigie-medium');
    expect(py0.getAttribute('role')).toBe('mark');
    expect(py0.getAttribute('aria-label')).toBe('card_mark_label(Late payment|card_severity_medium)');
  });

  it('skips dismissed findings and missing protections', () => {
    const { adapter, text } = setup();
    const dismissed = findingAt(text, 'Paiement à 90 jours', { id: 'D', dismissed: true });
    const missing = { ...findingAt(text, 'Contrat', { id: 'M', kind: 'missing' as const }), start: 0, end: 0, quote: '' };
    expect(adapter.highlight([dismissed, missing])).toBe(0);
    expect(document.querySelectorAll('mark').length).toBe(0);
  });

  it('restores the page exactly on clear(), original text nodes included', () => {
    const { adapter, text } = setup();
    const before = document.body.innerHTML;
    const p1Text = document.getElementById('p1')!.firstChild;
    adapter.highlight([findingAt(text, 'Le Prestataire s’interdit toute', { id: 'A' }), findingAt(text, '24 mois', { id: 'B' })]);
    expect(document.body.innerHTML).not.toBe(before);
    adapter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('p1')!.firstChild).toBe(p1Text);
    expect(document.getElementById('p1')!.childNodes.length).toBe(3);
  });

  it('re-highlighting after a re-read replaces the marks without leaving any behind', () => {
    const { adapter, text } = setup();
    const before = document.body.innerHTML;
    const a = findingAt(text, '24 mois', { id: 'A' });
    adapter.highlight([a]);
    const again = adapter.readText();
    expect(again.text).toBe(text); // marks do not change the text
    expect(adapter.highlight([a, findingAt(text, '90 jours', { id: 'B' })])).toBe(2);
    expect(document.querySelectorAll('mark').length).toBe(2);
    adapter.highlight([{ ...a, dismissed: true }]);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('never inserts nodes inside editable areas', () => {
    const { adapter, text } = setup();
    const editable = document.getElementById('ed')!.innerHTML;
    adapter.highlight([findingAt(text, 'pénalité de 50 %', { id: 'E' })]);
    expect(document.getElementById('ed')!.innerHTML).toBe(editable);
  });

  it('draws findings inside a textarea on an overlay, never touching the field', () => {
    document.body.innerHTML = '<p>Contrat</p><textarea id="t"></textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.value = 'Article 5. Le Client peut résilier le contrat à tout moment sans préavis ni indemnité. '.repeat(3);
    const adapter = new DomAdapter(window, fakeEnv());
    adapters.push(adapter);
    const { text } = adapter.readText();
    const before = document.body.innerHTML;
    expect(adapter.highlight([findingAt(text, 'résilier le contrat à tout moment sans préavis', { id: 'T' })])).toBe(1);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('[data-vigie-ui="overlay"]')).not.toBeNull();
    adapter.clear();
    expect(document.querySelector('[data-vigie-ui]')).toBeNull();
  });

  it('groups overlapping findings into one mark listing both', () => {
    const { adapter, text } = setup();
    const a = findingAt(text, 'Paiement à 90 jours', { id: 'A', severity: 'low' });
    const b = findingAt(text, '90 jours fin de mois', { id: 'B', severity: 'high' });
    expect(groupFindings([a, b])).toHaveLength(1);
    expect(adapter.highlight([a, b])).toBe(2);
    const mark = document.querySelector('mark.vigie-mark') as HTMLElement;
    expect(mark.dataset.vigieIds).toBe('A B');
    expect(mark.className).toContain('vigie-high');
  });

  it('opens the card on focus, and Escape closes it and gives focus back', async () => {
    const { adapter, env, text } = setup();
    adapter.highlight([findingAt(text, '24 mois', { id: 'A' })]);
    const mark = document.querySelector('mark.vigie-mark') as HTMLElement;
    mark.focus();
    const host = document.querySelector('[data-vigie-ui="card"]') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot!.textContent).toContain('Non-compete too long');
    expect(host.shadowRoot!.textContent).toContain('Ask for 6 months.');
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const dismiss = [...host.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'card_dismiss')!;
    dismiss.click();
    await new Promise((r) => setTimeout(r, 0));
    const form = host.shadowRoot!.querySelector('form')!;
    (form.querySelector('input') as HTMLInputElement).value = 'accepted';
    form.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(env.calls).toContain('dismiss A accepted');
    expect(document.querySelector('[data-vigie-ui="card"]')).toBeNull();
    expect(document.activeElement).toBe(mark);
    // Escape from inside the card closes it and gives focus back to the mark
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const card = document.querySelector('[data-vigie-ui="card"]')!.shadowRoot!;
    expect(card.activeElement?.textContent).toBe('card_dismiss');
    card.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.querySelector('[data-vigie-ui="card"]')).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('says to click the toolbar button when the side panel cannot be opened from the page', async () => {
    const { adapter, env, text } = setup();
    adapter.highlight([findingAt(text, '24 mois', { id: 'A' })]);
    (document.querySelector('mark.vigie-mark') as HTMLElement).focus();
    const card = document.querySelector('[data-vigie-ui="card"]')!.shadowRoot!;
    [...card.querySelectorAll('button')].find((b) => b.textContent === 'card_open_panel')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(env.calls).toContain('panel A');
    expect(card.querySelector('[role="status"]')!.textContent).toBe('card_panel_hint');
  });

  it('steps through findings with Alt+Shift+N / Alt+Shift+P', () => {
    const { adapter, text } = setup();
    adapter.highlight([findingAt(text, '24 mois', { id: 'A' }), findingAt(text, '90 jours', { id: 'B' })]);
    const key = (code: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true }));
    key('KeyN');
    expect((document.activeElement as HTMLElement).dataset.vigieId).toBe('A');
    key('KeyN');
    expect((document.activeElement as HTMLElement).dataset.vigieId).toBe('B');
    key('KeyP');
    expect((document.activeElement as HTMLElement).dataset.vigieId).toBe('A');
  });

  it('puts dropped marks back and reports text changes (observeChanges)', async () => {
    const { adapter, text } = setup();
    const stop = new AbortController();
    let changes = 0;
    adapter.observeChanges(() => changes++, stop.signal);
    adapter.highlight([findingAt(text, '24 mois', { id: 'A' })]);
    // a framework re-renders the same text: the marks are gone
    const p1 = document.getElementById('p1')!;
    p1.innerHTML = 'Article 9. Le Prestataire s’interdit <b>toute</b> activité concurrente pendant 24 mois.';
    // put back before the next paint: the observer's microtask, no timer
    await Promise.resolve();
    expect(document.querySelector('mark[data-vigie-id="A"]')?.textContent).toBe('24 mois');
    await new Promise((r) => setTimeout(r, 700));
    expect(changes).toBe(0);
    expect(document.querySelector('mark[data-vigie-id="A"]')?.textContent).toBe('24 mois');
    // a card open on a mark stays open through a re-render
    (document.querySelector('mark[data-vigie-id="A"]') as HTMLElement).focus();
    expect(document.querySelector('[data-vigie-ui="card"]')).not.toBeNull();
    p1.innerHTML = 'Article 9. Le Prestataire s’interdit <b>toute</b> activité concurrente pendant 24 mois.';
    await Promise.resolve();
    expect(document.querySelector('[data-vigie-ui="card"]')).not.toBeNull();
    await new Promise((r) => setTimeout(r, 200));
    document.getElementById('p2')!.textContent = 'Article 10. Paiement à 30 jours.';
    await new Promise((r) => setTimeout(r, 700));
    expect(changes).toBe(1);
    stop.abort();
    adapter.destroy();
  });
});
