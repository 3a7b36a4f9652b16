/**
 * Staff identity: accounts that belong to exactly one tenant, platform operators that belong
 * to none, password hashing (PBKDF2-HMAC-SHA256, 600,000 iterations as OWASP advises) and
 * sign-in. Participants have no account.
 */
package de.fachtag.identity;
