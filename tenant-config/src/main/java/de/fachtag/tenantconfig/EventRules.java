package de.fachtag.tenantconfig;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of an event that span several of its fields: the day's schedule, the agenda
 * inside the event's hours and in order, workshops that have a block to run in, registration
 * deadlines before the event's end, a livestream only where there is one, a venue that
 * says at least where, and hand-entered figures whose breakdowns add up. Each violation is reported on the field to change ({@code agenda[3].end}),
 * so that the loader can name its line.
 *
 * <p>No rule looks at the clock: a file that loads today loads the same tomorrow, and whether
 * an event is past is what its {@code state} says.
 */
@Documented
@Constraint(validatedBy = EventRules.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface EventRules {

    String message() default "breaks a rule of events";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EventRules, EventDefinition> {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        @Override
        public boolean isValid(EventDefinition event, ConstraintValidatorContext context) {
            if (event == null) {
                return true;
            }
            Report report = new Report(context);
            // When the state requires the schedule, its absence is reported once, on the
            // missing field; the agenda and the deadlines then say nothing more about it.
            boolean scheduleRequired =
                    event.getState() != null && !event.getState().mayLeaveScheduleOpen();
            checkSchedule(event, scheduleRequired, report);
            checkAgenda(event, scheduleRequired, report);
            checkWorkshopBlock(event, report);
            checkRegistration(event, scheduleRequired, report);
            checkLivestream(event, report);
            checkVenue(event, report);
            checkFigures(event, report);
            return report.valid;
        }

        private static void checkSchedule(EventDefinition event, boolean required, Report report) {
            if (required) {
                String state = event.getState().name();
                if (event.getDate() == null) {
                    report.on(
                            "must be a date like 2024-04-11 for an event in state " + state
                                    + "; only DRAFT, DONE and ARCHIVED events may leave it open",
                            "date");
                }
                if (event.getStart() == null) {
                    report.on(
                            "must be a time like 09:15 for an event in state " + state
                                    + "; only DRAFT, DONE and ARCHIVED events may leave it open",
                            "start");
                }
                if (event.getEnd() == null) {
                    report.on(
                            "must be a time like 09:15 for an event in state " + state
                                    + "; only DRAFT, DONE and ARCHIVED events may leave it open",
                            "end");
                }
            } else if (event.getStart() == null && event.getEnd() != null) {
                report.on("must be given together with end", "start");
            } else if (event.getStart() != null && event.getEnd() == null) {
                report.on("must be given together with start", "end");
            }
            if (event.getStart() != null
                    && event.getEnd() != null
                    && !event.getEnd().isAfter(event.getStart())) {
                report.on(time(event.getEnd()) + " is not after the start " + time(event.getStart()), "end");
            }
        }

        private static void checkAgenda(EventDefinition event, boolean scheduleRequired, Report report) {
            List<AgendaItemDefinition> agenda = event.getAgenda();
            if (agenda == null || agenda.stream().allMatch(Objects::isNull)) {
                return;
            }
            LocalTime start = event.getStart();
            LocalTime end = event.getEnd();
            boolean hours = start != null && end != null && end.isAfter(start);
            if ((start == null || end == null) && !scheduleRequired) {
                report.on("needs the event's start and end, to place its items in the day", "agenda");
            }
            int previous = -1;
            for (int i = 0; i < agenda.size(); i++) {
                AgendaItemDefinition item = agenda.get(i);
                if (item == null) {
                    continue;
                }
                if (item.getStart() != null
                        && item.getEnd() != null
                        && !item.getEnd().isAfter(item.getStart())) {
                    report.onItem(
                            time(item.getEnd()) + " is not after its start " + time(item.getStart()),
                            "agenda",
                            i,
                            "end");
                }
                if (hours && item.getStart() != null && item.getStart().isBefore(start)) {
                    report.onItem(
                            time(item.getStart()) + " is before the event's start " + time(start),
                            "agenda",
                            i,
                            "start");
                }
                if (hours && item.getEnd() != null && item.getEnd().isAfter(end)) {
                    report.onItem(time(item.getEnd()) + " is after the event's end " + time(end), "agenda", i, "end");
                }
                if (item.getStart() == null) {
                    continue;
                }
                if (previous >= 0
                        && item.getStart().isBefore(agenda.get(previous).getStart())) {
                    report.onItem(
                            time(item.getStart()) + " is before the start of agenda[" + previous + "] ("
                                    + time(agenda.get(previous).getStart())
                                    + "); list the agenda in the order of the day",
                            "agenda",
                            i,
                            "start");
                }
                previous = i;
            }
        }

        private static void checkWorkshopBlock(EventDefinition event, Report report) {
            if (event.getWorkshops() == null || event.getWorkshops().stream().allMatch(Objects::isNull)) {
                return;
            }
            boolean block = event.getAgenda() != null
                    && event.getAgenda().stream()
                            .anyMatch(item -> item != null && item.getKind() == AgendaItemKind.WORKSHOP_BLOCK);
            if (!block) {
                report.on("there are workshops but no agenda item of kind WORKSHOP_BLOCK to hold them", "workshops");
            }
        }

        private static void checkRegistration(EventDefinition event, boolean scheduleRequired, Report report) {
            RegistrationSettings registration = event.getRegistration();
            if (registration == null) {
                return;
            }
            LocalDateTime opens = registration.getOpens();
            boolean deadlines =
                    opens != null || registration.getCloses() != null || registration.getLivestreamCloses() != null;
            if (!deadlines) {
                return;
            }
            LocalDateTime eventEnd = event.getDate() == null || event.getEnd() == null
                    ? null
                    : LocalDateTime.of(event.getDate(), event.getEnd());
            if (eventEnd == null && !scheduleRequired) {
                report.on("needs the event's date and end, to check its deadlines against", "registration");
            }
            checkDeadline(opens, null, eventEnd, "opens", report);
            checkDeadline(registration.getCloses(), opens, eventEnd, "closes", report);
            checkDeadline(registration.getLivestreamCloses(), opens, eventEnd, "livestreamCloses", report);
        }

        private static void checkDeadline(
                LocalDateTime value, LocalDateTime opens, LocalDateTime eventEnd, String field, Report report) {
            if (value == null) {
                return;
            }
            if (eventEnd != null && value.isAfter(eventEnd)) {
                report.on(dateTime(value) + " is after the event's end " + dateTime(eventEnd), "registration", field);
            }
            if (opens != null && !value.isAfter(opens)) {
                report.on(dateTime(value) + " is not after the opening " + dateTime(opens), "registration", field);
            }
        }

        private static void checkLivestream(EventDefinition event, Report report) {
            if (event.getFormat() != EventFormat.ON_SITE) {
                return;
            }
            String message = "the event has no livestream (format ON_SITE)";
            if (event.getLivestreamNote() != null) {
                report.on(message, "livestreamNote");
            }
            if (event.getRegistration() != null && event.getRegistration().getLivestreamCloses() != null) {
                report.on(message, "registration", "livestreamCloses");
            }
        }

        private static void checkVenue(EventDefinition event, Report report) {
            Venue venue = event.getVenue();
            if (venue != null && isBlank(venue.getName()) && isBlank(venue.getCity())) {
                report.on(
                        "must not be blank when there is no city; give at least the city when the place"
                                + " itself is not known",
                        "venue",
                        "name");
            }
        }

        /**
         * Hand-entered figures: modes the event has, workshops it has, and breakdowns that add
         * up. Workshops are on site only, as for registrations, so {@code byWorkshop} adds up to
         * the on-site participants ({@code byMode.ON_SITE}) when {@code byMode} is given. The
         * sectors are the tenant's, which the loader checks. A value that is missing or could
         * not be read has its own problem; sums with it are not checked.
         */
        private static void checkFigures(EventDefinition event, Report report) {
            ManualFigures figures = event.getFigures();
            if (figures == null) {
                return;
            }
            Integer participants = figures.getParticipants();
            Map<String, Integer> byMode = figures.getByMode();
            if (byMode != null) {
                for (String mode : byMode.keySet()) {
                    if (!ManualFigures.MODES.contains(mode)) {
                        report.onEntry(
                                "'" + mode + "' is not one of " + String.join(", ", ManualFigures.MODES),
                                mode,
                                "figures",
                                "byMode");
                    } else if (mode.equals("LIVESTREAM") && event.getFormat() == EventFormat.ON_SITE) {
                        report.onEntry("the event has no livestream (format ON_SITE)", mode, "figures", "byMode");
                    } else if (mode.equals("ON_SITE") && event.getFormat() == EventFormat.ONLINE) {
                        report.onEntry(
                                "the event has no on-site participation (format ONLINE)", mode, "figures", "byMode");
                    }
                }
                Integer sum = sum(byMode);
                if (participants != null && sum != null && !sum.equals(participants)) {
                    report.on(
                            "byMode adds up to " + sum + ", not to participants " + participants, "figures", "byMode");
                }
            }
            Map<String, Integer> byWorkshop = figures.getByWorkshop();
            if (byWorkshop != null) {
                List<String> codes = event.getWorkshops() == null
                        ? List.of()
                        : event.getWorkshops().stream()
                                .filter(Objects::nonNull)
                                .map(WorkshopDefinition::getCode)
                                .filter(Objects::nonNull)
                                .toList();
                for (String code : byWorkshop.keySet()) {
                    if (!codes.contains(code)) {
                        report.onEntry(
                                "'" + code + "' is not a workshop of this event; it has "
                                        + (codes.isEmpty() ? "none" : String.join(", ", codes)),
                                code,
                                "figures",
                                "byWorkshop");
                    }
                }
                Integer sum = sum(byWorkshop);
                boolean modesGiven = byMode != null && !byMode.isEmpty();
                if (sum != null && modesGiven && (!byMode.containsKey("ON_SITE") || byMode.get("ON_SITE") != null)) {
                    int onSite = byMode.getOrDefault("ON_SITE", 0);
                    if (sum != onSite) {
                        report.on(
                                "byWorkshop adds up to " + sum + ", not to byMode.ON_SITE " + onSite
                                        + "; workshops are on site only",
                                "figures",
                                "byWorkshop");
                    }
                } else if (sum != null && !modesGiven && participants != null && !sum.equals(participants)) {
                    report.on(
                            "byWorkshop adds up to " + sum + ", not to participants " + participants
                                    + "; when some took part by livestream, give byMode (workshops are on site only)",
                            "figures",
                            "byWorkshop");
                }
            }
            Integer sectors = sum(figures.getBySector());
            if (participants != null && sectors != null && !sectors.equals(participants)) {
                report.on(
                        "bySector adds up to " + sectors + ", not to participants " + participants,
                        "figures",
                        "bySector");
            }
        }

        /** The sum of a breakdown; {@code null} when it is not given, empty, or has a value missing. */
        private static Integer sum(Map<String, Integer> breakdown) {
            if (breakdown == null || breakdown.isEmpty() || breakdown.containsValue(null)) {
                return null;
            }
            long sum = 0;
            for (int value : breakdown.values()) {
                sum += value;
            }
            return (int) Math.min(sum, Integer.MAX_VALUE);
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }

        private static String time(LocalTime time) {
            return TIME.format(time);
        }

        private static String dateTime(LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }

        /** Builds violations on a field path, replacing the constraint's default violation. */
        private static final class Report {

            private final ConstraintValidatorContext context;

            private boolean valid = true;

            Report(ConstraintValidatorContext context) {
                this.context = context;
            }

            /** A violation on {@code field} or {@code parent.field}. */
            void on(String message, String... path) {
                ConstraintValidatorContext.ConstraintViolationBuilder builder = start(message);
                ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
                        builder.addPropertyNode(path[0]);
                for (int i = 1; i < path.length; i++) {
                    node = node.addPropertyNode(path[i]);
                }
                node.addConstraintViolation();
            }

            /** A violation on the entry {@code key} of a mapping of data: {@code parent.map.key}. */
            void onEntry(String message, String key, String... path) {
                ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
                        start(message).addPropertyNode(path[0]);
                for (int i = 1; i < path.length; i++) {
                    node = node.addPropertyNode(path[i]);
                }
                node.addBeanNode().inIterable().atKey(key).addConstraintViolation();
            }

            /** A violation on {@code list[index].field}. */
            void onItem(String message, String list, int index, String field) {
                start(message)
                        .addPropertyNode(list)
                        .addPropertyNode(field)
                        .inIterable()
                        .atIndex(index)
                        .addConstraintViolation();
            }

            private ConstraintValidatorContext.ConstraintViolationBuilder start(String message) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                return context.buildConstraintViolationWithTemplate(Messages.literal(message));
            }
        }
    }
}
