import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every answer. The CSP allows only the app's own files: the built web app has no
 * inline script or style element (Vite links its bundles), and React and recharts set styles through the
 * DOM's style property, which CSP does not govern, so neither scripts nor styles need 'unsafe-inline'.
 * `web-csp.test.ts` checks the built app and bundle for the constructs that would need it.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      // Charts and icons may be drawn from data: URLs; nothing is loaded from other sites.
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    // Browsers ignore HSTS over plain HTTP, so sending it always is harmless and protects HTTPS deployments.
    strictTransportSecurity: 'max-age=15552000; includeSubDomains',
  });
