package de.fachtag.mail;

import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.tenant.LocalizedString;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a registration mail says, gathered from the entities when the mail is written: who sends
 * it (the tenant with its contact, colour and funding notices), about which event, to whom and
 * in which state. A plain value, so that {@link MailComposer} is a pure function of it.
 */
public record MailFacts(Organizer organizer, EventFacts event, Attendee attendee, List<FundingNotice> funding) {

    public MailFacts {
        funding = funding == null ? List.of() : List.copyOf(funding);
    }

    /** The tenant as the mail presents it. */
    public record Organizer(
            String slug,
            String name,
            String email,
            String phone,
            String website,
            String colour,
            java.util.Map<String, LocalizedString> intros) {

        public Organizer {
            intros = intros == null ? java.util.Map.of() : java.util.Map.copyOf(intros);
        }

        /** An organizer who uses the platform's texts throughout. */
        public Organizer(String slug, String name, String email, String phone, String website, String colour) {
            this(slug, name, email, phone, website, colour, java.util.Map.of());
        }
    }

    /** The event; {@code venue} is one line ("Name, Street, 09599 City, Room"), null when unknown. */
    public record EventFacts(
            UUID id,
            long version,
            String slug,
            LocalizedString title,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            ZoneId zone,
            String venue,
            String livestreamUrl) {}

    /** The person and their registration as it stands. */
    public record Attendee(
            String name,
            String email,
            String language,
            RegistrationStatus status,
            ParticipationMode mode,
            String workshopCode,
            LocalizedString workshopTitle,
            String workshopRoom,
            Integer waitlistPosition,
            String checkinCode) {

        public Locale locale() {
            return "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
        }
    }

    /** A funder's notice: label ("Gefördert durch"), the funder's name and the notice text. */
    public record FundingNotice(String funder, LocalizedString label, LocalizedString notice) {}
}
