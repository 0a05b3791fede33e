/** Second-opinion report page wiring: report.html?doc=<docKey>. */
import { render } from 'preact';
import { ReportPage } from '../../components/tracking/ReportPage';
import { I18nContext, useSettingsTranslator } from '../../lib/i18n';

function App() {
  const t = useSettingsTranslator();
  if (!t) return null;
  return (
    <I18nContext.Provider value={t}>
      <ReportPage docKey={new URLSearchParams(location.search).get('doc') ?? ''} />
    </I18nContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
