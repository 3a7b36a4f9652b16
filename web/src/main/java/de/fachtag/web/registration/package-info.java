/**
 * The public side of registering that the form, the private link and the JSON API share: the
 * per-client rate limit, the texts of the {@code registration} bundle and the Art. 15 export.
 */
package de.fachtag.web.registration;
