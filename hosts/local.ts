/** Where the hosts live, and the test harness's pages (recognised by their structure only there). */
export const DOCS_HOST = 'docs.google.com';

export function isLocalFixture(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return location.protocol === 'http:' && (location.hostname === 'localhost' || location.hostname === '127.0.0.1');
}
