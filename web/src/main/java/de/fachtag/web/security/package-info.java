/**
 * Sign-in with Jakarta Security: a custom form mechanism, an identity store over the staff
 * accounts in the database (PBKDF2-HMAC-SHA256), and the signed-in person's tenant, carried by
 * the caller principal and checked against every staff URL's tenant.
 */
package de.fachtag.web.security;
