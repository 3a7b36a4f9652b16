package de.fachtag.registration;

import de.fachtag.tenant.LocalizedString;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One registration as the organizer's table, the exports, the lists and the badges show it.
 * Read in one transaction; the entity never reaches a page.
 *
 * @param position     the arrival order (Nr.), 1 for the first registration of the event
 * @param waitlistPosition the place in the waiting queue, null unless waitlisted
 * @param refusesRecordings whether the person is on the "no photos" side of the photo list
 */
public record RegistrationRow(
        UUID id,
        long position,
        String name,
        String email,
        String organisation,
        Sector sector,
        ParticipationMode mode,
        String workshop,
        LocalizedString workshopTitle,
        RegistrationStatus status,
        Integer waitlistPosition,
        boolean refusesRecordings,
        Instant checkedInAt,
        String checkinCode,
        String accessibilityNeeds,
        String dietaryNote,
        String language,
        Channel channel,
        Instant registeredAt)
        implements Serializable {

    public boolean isWaitlisted() {
        return status == RegistrationStatus.WAITLISTED;
    }

    public boolean isCancelled() {
        return status == RegistrationStatus.CANCELLED;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }
}
