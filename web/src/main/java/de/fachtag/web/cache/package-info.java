/**
 * The cache of rendered public pages (issue 11): tenant home, event page, programme PDF,
 * calendar and event JSON are rendered once per tenant, path, language and the tenant's
 * {@code public_version} (V22, bumped by triggers on every table those pages show), answered
 * from memory with a fresh CSP nonce each time, and revalidated with ETag and Last-Modified.
 */
package de.fachtag.web.cache;
