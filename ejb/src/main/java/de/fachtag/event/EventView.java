package de.fachtag.event;

import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantSite;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An event as pages, the calendar, the JSON API and the printed programme show it. Read in one
 * transaction from the aggregate; entities never reach the pages.
 */
public record EventView(
        UUID id,
        String slug,
        String seriesSlug,
        LocalizedString seriesTitle,
        Integer edition,
        LocalizedString title,
        LocalizedString motto,
        LocalizedString goal,
        LocalizedString description,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String timeZone,
        VenueView venue,
        LocalizedString cateringNote,
        EventFormat format,
        LocalizedString livestreamNote,
        LocalizedString recordingNotice,
        LocalizedString changeReservation,
        List<String> organizingGroup,
        List<String> supporters,
        String contactEmail,
        String contactPhone,
        Instant registrationOpens,
        Instant registrationCloses,
        Instant livestreamCloses,
        Integer seats,
        EventState state,
        List<String> illustrative,
        List<ContributionView> contributions,
        List<AgendaItemView> agenda,
        List<WorkshopView> workshops,
        List<TenantSite.FundingNotice> fundingNotices,
        long version)
        implements Serializable {

    /** Where the event takes place. */
    public record VenueView(String name, String street, String postcode, String city, String room)
            implements Serializable {}

    /** A person or organisation in a role; {@code requested} is the flyers' "angefragt". */
    public record ContributionView(
            String person,
            String organisation,
            String function,
            ContributionRole role,
            ContributionStatus status,
            UUID id,
            String actorKey)
            implements Serializable {

        public ContributionView(
                String person,
                String organisation,
                String function,
                ContributionRole role,
                ContributionStatus status,
                UUID id) {
            this(person, organisation, function, role, status, id, null);
        }

        public boolean requested() {
            return status == ContributionStatus.REQUESTED;
        }

        /** "Jennifer Diehl, komm. Stabsbereichsleiterin …" or the organisation alone. */
        public String label() {
            StringBuilder s = new StringBuilder(person != null ? person : organisation);
            if (person != null && function != null) {
                s.append(", ").append(function);
            }
            if (person != null && organisation != null && (function == null || !function.contains(organisation))) {
                s.append(" (").append(organisation).append(')');
            }
            return s.toString();
        }
    }

    /** A programme item with its times and people. */
    public record AgendaItemView(
            UUID id,
            LocalTime start,
            LocalTime end,
            AgendaItemKind kind,
            LocalizedString title,
            LocalizedString subtitle,
            LocalizedString description,
            List<ContributionView> contributions)
            implements Serializable {}

    /** A workshop with its guiding questions and people. */
    public record WorkshopView(
            UUID id,
            String code,
            LocalizedString title,
            LocalizedString subtitle,
            LocalizedString questions,
            LocalizedString description,
            LocalizedString audience,
            Integer capacity,
            String room,
            List<ContributionView> contributions)
            implements Serializable {

        public List<String> questions(java.util.Locale locale) {
            String text = questions == null ? null : questions.in(locale);
            return text == null ? List.of() : List.of(text.split("\n"));
        }
    }

    public boolean isPublic() {
        return Event.PUBLIC_STATES.contains(state);
    }

    /** A contribution anywhere in the event: the day's, an agenda item's or a workshop's. */
    public java.util.Optional<ContributionView> contribution(UUID id) {
        return java.util.stream.Stream.of(
                        contributions.stream(),
                        agenda.stream().flatMap(a -> a.contributions().stream()),
                        workshops.stream().flatMap(w -> w.contributions().stream()))
                .flatMap(s -> s)
                .filter(c -> c.id().equals(id))
                .findFirst();
    }

    public boolean isIllustrative(String field) {
        return illustrative.contains(field);
    }

    static EventView of(Event e) {
        Venue v = e.getVenue();
        return new EventView(
                e.getId(),
                e.getSlug(),
                e.getSeries() == null ? null : e.getSeries().getSlug(),
                e.getSeries() == null ? null : e.getSeries().getTitle(),
                e.getEdition(),
                e.getTitle(),
                e.getMotto(),
                e.getGoal(),
                e.getDescription(),
                e.getDate(),
                e.getStart(),
                e.getEnd(),
                e.getTimeZone(),
                v == null || v.getName() == null && v.getCity() == null
                        ? null
                        : new VenueView(v.getName(), v.getStreet(), v.getPostcode(), v.getCity(), v.getRoom()),
                e.getCateringNote(),
                e.getFormat(),
                e.getLivestreamNote(),
                e.getRecordingNotice(),
                e.getChangeReservation(),
                e.getOrganizingGroup(),
                e.getSupporters(),
                e.getContactEmail(),
                e.getContactPhone(),
                e.getRegistrationOpens(),
                e.getRegistrationCloses(),
                e.getLivestreamCloses(),
                e.getSeats(),
                e.getState(),
                e.getIllustrative(),
                contributions(e.getContributions()),
                e.getAgenda().stream()
                        .map(a -> new AgendaItemView(
                                a.getId(),
                                a.getStart(),
                                a.getEnd(),
                                a.getKind(),
                                a.getTitle(),
                                a.getSubtitle(),
                                a.getDescription(),
                                contributions(a.getContributions())))
                        .toList(),
                e.getWorkshops().stream()
                        .map(w -> new WorkshopView(
                                w.getId(),
                                w.getCode(),
                                w.getTitle(),
                                w.getSubtitle(),
                                w.getQuestions(),
                                w.getDescription(),
                                w.getAudience(),
                                w.getCapacity(),
                                w.getRoom(),
                                contributions(w.getContributions())))
                        .toList(),
                e.getFunders().stream()
                        .map(f -> new TenantSite.FundingNotice(
                                f.getKey(),
                                f.getName(),
                                f.getLabel(),
                                f.getNotice(),
                                f.getLogoContentType() != null,
                                f.getProofRetentionYears(),
                                f.getReferenceNumber(),
                                f.isNoticeOnBadges()))
                        .toList(),
                e.getVersion());
    }

    private static List<ContributionView> contributions(List<Contribution> list) {
        return list.stream()
                .map(c -> new ContributionView(
                        c.getPersonName(),
                        c.getOrganisation(),
                        c.getFunction(),
                        c.getRole(),
                        c.getStatus(),
                        c.getId(),
                        c.getActorKey()))
                .toList();
    }
}
