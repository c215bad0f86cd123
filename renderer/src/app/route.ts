// Hash routes, so a reload keeps the analyst where they were and links are real links.
export type Route =
  | { screen: 'sources' }
  | { screen: 'reader'; sourceId: string; paragraphId?: string }
  | { screen: 'tags'; tagId?: string }
  | { screen: 'claims'; claimId?: string }
  | { screen: 'briefings'; briefingId?: string };

const enc = encodeURIComponent;

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'sources':
      return '#/sources';
    case 'reader':
      return `#/reader/${enc(route.sourceId)}${route.paragraphId ? `/${enc(route.paragraphId)}` : ''}`;
    case 'tags':
      return `#/tags${route.tagId ? `/${enc(route.tagId)}` : ''}`;
    case 'claims':
      return `#/claims${route.claimId ? `/${enc(route.claimId)}` : ''}`;
    case 'briefings':
      return `#/briefings${route.briefingId ? `/${enc(route.briefingId)}` : ''}`;
  }
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const [screen, a, b] = parts;
  if (screen === 'reader' && a) return b ? { screen, sourceId: a, paragraphId: b } : { screen, sourceId: a };
  if (screen === 'tags') return a ? { screen, tagId: a } : { screen };
  if (screen === 'claims') return a ? { screen, claimId: a } : { screen };
  if (screen === 'briefings') return a ? { screen, briefingId: a } : { screen };
  return { screen: 'sources' };
}
