/** The signing sites Vigie recognises, one file each (selectors next to their fixtures). */
import type { SigningSite } from './types';
import { docusign } from './docusign';
import { yousign } from './yousign';
import { adobeSign } from './adobe-sign';
import { dropboxSign } from './dropbox-sign';

export const SIGNING_SITES: readonly SigningSite[] = [docusign, yousign, adobeSign, dropboxSign];
