/** "Choose a PDF…": a styled button opening a hidden file input (one control for keyboard and screen readers). */
import { useRef } from 'preact/hooks';
import { useT } from '../../lib/i18n';

export function FilePicker({ onFile, compact = false }: { onFile: (file: File) => void; compact?: boolean }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class={compact ? 'picker compact' : 'picker'}>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        hidden
        data-testid="viewer-file"
        onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) onFile(file);
          (e.target as HTMLInputElement).value = '';
        }}
      />
      <button type="button" class={compact ? '' : 'primary'} onClick={() => input.current?.click()}>
        {t(compact ? 'viewer_open_other' : 'viewer_choose_file')}
      </button>
    </div>
  );
}
