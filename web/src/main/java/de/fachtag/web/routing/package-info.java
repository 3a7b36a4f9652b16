/**
 * Request routing: resolves the tenant from the path once per request, binds it for the
 * services, refuses staff on another tenant's pages, and forwards the public URL contract
 * ({@code /t/{tenant}/...}, {@code /organizer/{tenant}/...}) to the Faces views.
 */
package de.fachtag.web.routing;
