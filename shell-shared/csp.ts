/**
 * The Content-Security-Policy sent with every app:// response. Everything is denied unless listed: the
 * renderer is a built bundle served from the app's own origin, so it needs nothing inline, nothing
 * evaluated and nothing from elsewhere. `data:` images cover icons that bundlers inline.
 */
const directives: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(directives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
