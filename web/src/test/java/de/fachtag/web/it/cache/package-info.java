/** Test-only helpers of {@link de.fachtag.web.it.PublicPagesIT}: change a public fact from outside the product's services. */
package de.fachtag.web.it.cache;
