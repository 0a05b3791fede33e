/** "3 of the 5 agreed changes are missing": the version check in one line, before signing. */
import { useT } from '../../lib/i18n';
import type { VersionComparison } from '../../tracking/versions';

export function VersionBanner(props: { comparison: VersionComparison }) {
  const t = useT();
  const { asked, missing, partly } = props.comparison;
  const total = asked.length;
  const ok = missing === 0 && partly === 0;
  return (
    <p class={`version-banner ${ok ? 'ok' : 'warning'}`} data-missing={missing}>
      <strong>
        {total === 0
          ? t('version_banner_none_asked')
          : ok
            ? t.plural('version_banner_all_made', total)
            : missing
              ? t.plural('version_banner_missing', missing, [total])
              : t.plural('version_banner_partly_only', partly, [total])}
      </strong>
      {missing && partly ? ` ${t.plural('version_banner_partly', partly)}` : null}
    </p>
  );
}
