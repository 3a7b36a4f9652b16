/** The JSON API under {@code /api/v1}: public event data without sign-in, the rest with it. */
package de.fachtag.web.api;
