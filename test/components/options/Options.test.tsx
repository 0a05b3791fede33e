// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { declaredThresholds } from '../../../components/options/ReviewSettings';
import { CHECKS } from '../../../rules/index';
import { profileItem, settingsItem } from '../../../lib/storage';

async function mount() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Vigie — options' });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ role: 'provider', language: 'en', thresholds: {}, disabledCategories: [] });
});
afterEach(cleanup);

describe('options', () => {
  it('saves the profile after checking the SIREN', async () => {
    await mount();
    fireEvent.input(screen.getByLabelText('Full name'), { target: { value: 'Sophie Renard' } });
    fireEvent.input(screen.getByLabelText(/SIREN or SIRET/), { target: { value: '123 456 789' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByText(/This number is not valid/)).toBeTruthy();
    expect(screen.getByLabelText(/SIREN or SIRET/).getAttribute('aria-invalid')).toBe('true');
    expect((await profileItem.getValue()).name).toBe('');

    fireEvent.input(screen.getByLabelText(/SIREN or SIRET/), { target: { value: '732 829 320' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the profile' }));
    await waitFor(async () => expect((await profileItem.getValue()).siren).toBe('732829320'));
    expect((await profileItem.getValue()).name).toBe('Sophie Renard');
    expect((await screen.findByRole('status')).textContent).toBe('Profile saved.');
  });

  it('lists every threshold the checks declare, with its default, and stores overrides only', async () => {
    const declared = declaredThresholds();
    const names = new Set(CHECKS.flatMap((c) => (c.thresholds ?? []).map((t) => t.name)));
    expect(declared.map((t) => t.name).sort()).toEqual([...names].sort());
    await mount();
    for (const th of declared) {
      const input = screen.getByLabelText(th.label.en) as HTMLInputElement;
      expect(Number(input.value)).toBe(th.default);
    }
    const first = declared[0];
    if (!first) return; // the registry declares no threshold yet: nothing more to edit
    fireEvent.change(screen.getByLabelText(first.label.en), { target: { value: String(first.default + 3) } });
    await waitFor(async () => expect((await settingsItem.getValue()).thresholds).toEqual({ [first.name]: first.default + 3 }));
    fireEvent.change(screen.getByLabelText(first.label.en), { target: { value: '' } });
    await waitFor(async () => expect((await settingsItem.getValue()).thresholds).toEqual({}));
  });

  it('switches categories, role and language', async () => {
    await mount();
    fireEvent.click(screen.getByLabelText('Audit'));
    await waitFor(async () => expect((await settingsItem.getValue()).disabledCategories).toEqual(['audit']));
    fireEvent.click(screen.getByLabelText('Client (I order the work)'));
    await waitFor(async () => expect((await settingsItem.getValue()).role).toBe('client'));
    fireEvent.change(screen.getByLabelText('Interface language'), { target: { value: 'fr' } });
    // The page itself re-renders in French.
    expect(await screen.findByText('Votre profil')).toBeTruthy();
  });

  it('erases everything only after a confirmation', async () => {
    await profileItem.setValue({ ...(await profileItem.getValue()), name: 'Sophie' });
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await profileItem.getValue()).name).toBe('Sophie');
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    await waitFor(async () => expect((await profileItem.getValue()).name).toBe(''));
  });

  it('a bad import file is refused with a clear message', async () => {
    await mount();
    const input = screen.getByLabelText('Import a file…') as HTMLInputElement;
    const file = new File(['{"not":"vigie"}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByText(/not a Vigie export/)).textContent).toContain('nothing was imported');
  });
});
