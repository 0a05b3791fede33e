import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { AUTOMATIC_HOST_PERMISSIONS } from './hosts/automatic';

/**
 * `VIGIE_E2E=1` makes the build the end-to-end tests drive: written to .output/e2e (the store build in
 * .output/chrome-mv3 stays untouched) and allowed on localhost, because a popup opened as a test page gets no
 * activeTab grant. Store builds only hold the hosts reviewed automatically (README "Permissions").
 */
const e2e = process.env.VIGIE_E2E === '1';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // VIGIE_OUT_DIR: npm test builds into its own directory so builds made meanwhile in a shared tree do not swap it.
  outDir: process.env.VIGIE_OUT_DIR ?? (e2e ? '.output/e2e' : '.output'),
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Hosts reviewed without a click (hosts/automatic.ts): the background fetches the Google Docs export with the
    // user's session, the viewer fetches a signing page's PDF.
    host_permissions: [...AUTOMATIC_HOST_PERMISSIONS, ...(e2e ? ['http://localhost/*', 'http://127.0.0.1/*'] : [])],
    // PDF viewer: viewer.html?file=URL asks for the file's origin only then (browser.permissions.request).
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'review-page': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_bg_command_review__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'vigie@vigie.example',
              strict_min_version: '128.0',
              // Firefox asks extensions to declare what they collect: nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
