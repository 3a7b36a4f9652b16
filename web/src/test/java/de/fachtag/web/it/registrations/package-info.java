/** Fixtures and helpers of the organizer's registration tests ({@code RegistrationsBackofficeIT}). */
package de.fachtag.web.it.registrations;
