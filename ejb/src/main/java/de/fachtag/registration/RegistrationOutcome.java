package de.fachtag.registration;

import java.util.Optional;
import java.util.UUID;

/**
 * What registering gave.
 *
 * @param existing   the address was already registered for the event: its registration came
 *                   back (and its link went out again), no second seat was taken
 * @param token      the private-link token, only for a new registration (never for an existing
 *                   one: whoever knows someone's address must not get their link)
 * @param waitlistPosition position on the waitlist, 1 = next, when waitlisted
 * @param link       the private link with the token, as the confirmation mail gives it (on the
 *                   tenant's own host when it has one); present when the token is
 */
public record RegistrationOutcome(
        UUID id,
        RegistrationStatus status,
        boolean existing,
        Optional<String> token,
        Integer waitlistPosition,
        Optional<String> link) {}
