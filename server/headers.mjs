// Response headers shared by every response: security policy and caching rules.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS = Object.freeze({
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
});

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

/**
 * Hashed build output under /assets/ never changes, so it may be cached forever.
 * Everything else (index.html, sw.js, manifest, icons) must be revalidated so updates show up.
 * @param {string} urlPath decoded, normalised path starting with "/"
 */
export function cacheControlFor(urlPath) {
  return urlPath.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
}
