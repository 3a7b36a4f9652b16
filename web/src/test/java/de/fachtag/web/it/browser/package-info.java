/**
 * Helpers for the browser and HTTP client integration tests: headless Chromium
 * ({@link de.fachtag.web.it.browser.Browser}), the WCAG 2.1 AA check with axe-core
 * ({@link de.fachtag.web.it.browser.A11y}), keyboard-only driving
 * ({@link de.fachtag.web.it.browser.Keyboard}) and a plain java.net.http client
 * ({@link de.fachtag.web.it.browser.Http}).
 */
package de.fachtag.web.it.browser;
