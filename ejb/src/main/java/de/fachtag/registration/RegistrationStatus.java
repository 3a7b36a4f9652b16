package de.fachtag.registration;

/** Where a registration stands. A waitlisted one holds no seat; a cancelled one is kept for the figures. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
