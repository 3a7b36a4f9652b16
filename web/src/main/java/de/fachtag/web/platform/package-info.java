/** The platform operator's pages under {@code /platform/}. */
package de.fachtag.web.platform;
