/** Side panel (Chrome) / sidebar (Firefox) wiring: follow the active tab (or ?tab=<id>) and render the panel. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Panel } from '../../components/panel/Panel';
import { pinnedTab, watchActiveTab } from '../../components/panel/active-tab';
import { I18nContext, useSettingsTranslator } from '../../lib/i18n';

function App() {
  const t = useSettingsTranslator();
  const pinned = pinnedTab(location.search);
  const [tabId, setTabId] = useState<number | null | undefined>(pinned ?? undefined);
  useEffect(() => {
    if (pinned !== null) return;
    const ac = new AbortController();
    watchActiveTab(setTabId, ac.signal);
    return () => ac.abort();
  }, []);
  useEffect(() => {
    if (t) document.title = t('panel_title');
  }, [t]);
  if (!t || tabId === undefined) return null;
  return (
    <I18nContext.Provider value={t}>
      <Panel tabId={tabId} />
    </I18nContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
