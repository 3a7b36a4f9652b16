/** Fixtures and helpers of the public registration tests (RegistrationPublicIT, RegistrationApiIT). */
package de.fachtag.web.it.registration;
