package de.fachtag.registration;

/** A registering person's data after validation, as stored. */
record Participant(
        String name,
        String email,
        String emailKey,
        String organisation,
        Sector sector,
        String accessibilityNeeds,
        String dietaryNote,
        String language) {}
