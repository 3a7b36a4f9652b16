/**
 * Registration tests and their helpers. The public side: fixtures and probe of
 * RegistrationPublicIT and RegistrationApiIT. Under load and over time: many people at once on one
 * instance with a negative control that switches the seat lock off ({@link
 * de.fachtag.web.it.registration.ConcurrencyIT}, {@link de.fachtag.web.it.registration.SwitchableSeatLock},
 * {@link de.fachtag.web.it.registration.SeatLockSwitch}), two instances on one database
 * ({@link de.fachtag.web.it.registration.TwoInstancesIT}) and the retention run
 * ({@link de.fachtag.web.it.registration.RetentionIT}); {@link de.fachtag.web.it.registration.RegistrationRows}
 * reads the registration tables as they are. All of it is deployed with the tests only.
 */
package de.fachtag.web.it.registration;
