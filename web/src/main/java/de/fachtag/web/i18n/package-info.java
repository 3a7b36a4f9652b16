/** German first, English second: the visitor's language and the UI's message bundles. */
package de.fachtag.web.i18n;
