/**
 * Registration under load and over time: many people at once on one instance (with a negative
 * control that switches the seat lock off), two instances on one database, and the retention
 * run that erases personal data after an event. Test-only beans here ({@link
 * de.fachtag.web.it.registration.SwitchableSeatLock}, {@link de.fachtag.web.it.registration.SeatLockSwitch},
 * {@link de.fachtag.web.it.registration.RegistrationRows}) are deployed with the tests only.
 */
package de.fachtag.web.it.registration;
