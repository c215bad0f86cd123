// Sent as a header on every app:// response, so it holds even if index.html loses its meta tag.
// No 'unsafe-inline' anywhere: React sets styles through the CSSOM, which CSP does not govern,
// and a style="" attribute that arrives in sanitised user markdown should not apply.
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'none'",
  'media-src': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'worker-src': "'none'",
  'manifest-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
