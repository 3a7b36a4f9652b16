package de.fachtag.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's actors directory as one value: what the YAML file holds, what the pages, the paper,
 * the data files and the checks read. Everything is named by keys (slugs), never by database ids,
 * so the file is the same on every installation; a responsibility carries its row id for the back
 * office only (null when read from a file, never written to one).
 *
 * @param asOf   the date of the data (Stand), printed on the paper; null when not given
 * @param source where the data comes from ("Schnittstellenpapier …, IQ Netzwerk Sachsen, 2017")
 */
public record ActorDirectory(
        LocalDate asOf,
        String source,
        List<Area> areas,
        List<TargetGroup> targetGroups,
        List<Actor> actors,
        List<Task> tasks,
        List<Responsibility> responsibilities,
        List<LifeSituation> lifeSituations)
        implements Serializable {

    public ActorDirectory {
        areas = List.copyOf(areas);
        targetGroups = List.copyOf(targetGroups);
        actors = List.copyOf(actors);
        tasks = List.copyOf(tasks);
        responsibilities = List.copyOf(responsibilities);
        lifeSituations = List.copyOf(lifeSituations);
    }

    /** An empty directory (a tenant that has none yet). */
    public static ActorDirectory empty() {
        return new ActorDirectory(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return actors.isEmpty() && tasks.isEmpty();
    }

    /** An area a responsibility covers: the district, a town. */
    public record Area(String key, String name, ActorLevel level) implements Serializable {}

    /** A target group with its conditions (residence status, age, ...) in plain words. */
    public record TargetGroup(String key, String labelDe, String labelEn, String conditionsDe, String conditionsEn)
            implements Serializable {
        public String label(Locale locale) {
            return pick(locale, labelDe, labelEn);
        }

        public String conditions(Locale locale) {
            return pick(locale, conditionsDe, conditionsEn);
        }
    }

    /**
     * An institution or organisation. {@code parent}: the key of the actor it belongs to.
     * {@code illustrative}: details a demo file invented where its source gives none.
     */
    public record Actor(
            String key,
            String name,
            String shortName,
            ActorKind kind,
            ActorLevel level,
            String parent,
            String descriptionDe,
            String descriptionEn,
            String street,
            String postcode,
            String city,
            String openingHours,
            List<String> languages,
            String website,
            String email,
            String phone,
            boolean illustrative,
            boolean archived,
            List<Contact> contacts)
            implements Serializable {

        public Actor {
            languages = languages == null ? List.of() : List.copyOf(languages);
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }

        public String description(Locale locale) {
            return pick(locale, descriptionDe, descriptionEn);
        }

        /** The short name where there is one ("BAMF"), else the name: the matrix's column heading. */
        public String label() {
            return shortName != null ? shortName : name;
        }

        public boolean hasAddress() {
            return street != null || city != null;
        }

        Actor withContacts(List<Contact> contacts) {
            return new Actor(
                    key,
                    name,
                    shortName,
                    kind,
                    level,
                    parent,
                    descriptionDe,
                    descriptionEn,
                    street,
                    postcode,
                    city,
                    openingHours,
                    languages,
                    website,
                    email,
                    phone,
                    illustrative,
                    archived,
                    contacts);
        }
    }

    /**
     * A contact point of an actor by role. A person's name is stored with the record of that
     * person's consent to publish it (the day and how it was given); {@link #publishedName()} is
     * the only way a page or file reaches the name.
     */
    public record Contact(
            String role,
            String personName,
            LocalDate consentOn,
            String consentHow,
            String email,
            String phone,
            LocalDate validFrom,
            LocalDate validTo)
            implements Serializable {

        /** The name, when its person consented to publishing it; otherwise null (the role stands alone). */
        public String publishedName() {
            return personName != null && consentOn != null && consentHow != null ? personName : null;
        }

        public boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }

        /** The contact as the public sees it: without the name unless consented, without the consent record. */
        Contact published() {
            String name = publishedName();
            return new Contact(
                    role,
                    name,
                    name == null ? null : consentOn,
                    name == null ? null : consentHow,
                    email,
                    phone,
                    validFrom,
                    validTo);
        }
    }

    /** What has to be done for whom: an optional LeiKa key (14 digits), the legal basis, a plain-language description. */
    public record Task(
            String key,
            String titleDe,
            String titleEn,
            String leika,
            String legalBasis,
            String targetGroup,
            String descriptionDe,
            String descriptionEn)
            implements Serializable {
        public String title(Locale locale) {
            return pick(locale, titleDe, titleEn);
        }

        public String description(Locale locale) {
            return pick(locale, descriptionDe, descriptionEn);
        }
    }

    /**
     * Who does a task where for whom in which role, valid from/to, said by which source, last
     * confirmed when and by whom.
     */
    public record Responsibility(
            UUID id,
            String task,
            String actor,
            ResponsibilityRole role,
            String area,
            String targetGroup,
            LocalDate validFrom,
            LocalDate validTo,
            String source,
            LocalDate confirmedOn,
            String confirmedBy)
            implements Serializable {

        public boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }

        /** Not confirmed within the twelve months before {@code today} (never confirmed included). */
        public boolean staleOn(LocalDate today) {
            return confirmedOn == null || confirmedOn.isBefore(today.minusMonths(12));
        }

        /** The same entry without its row id, as a file holds it. */
        public Responsibility withoutId() {
            return new Responsibility(
                    null, task, actor, role, area, targetGroup, validFrom, validTo, source, confirmedOn, confirmedBy);
        }
    }

    /** A life situation of the Wegweiser and its ordered steps; {@code targetGroup} narrows the actors shown. */
    public record LifeSituation(
            String key,
            String titleDe,
            String titleEn,
            String descriptionDe,
            String descriptionEn,
            String targetGroup,
            List<Step> steps)
            implements Serializable {

        public LifeSituation {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public String title(Locale locale) {
            return pick(locale, titleDe, titleEn);
        }

        public String description(Locale locale) {
            return pick(locale, descriptionDe, descriptionEn);
        }
    }

    /** One step: the task to be done, with a note for this situation. */
    public record Step(String task, String noteDe, String noteEn) implements Serializable {
        public String note(Locale locale) {
            return pick(locale, noteDe, noteEn);
        }
    }

    // ------------------------------------------------------------------ lookups

    public Optional<Actor> actor(String key) {
        return actors.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    public Optional<Task> task(String key) {
        return tasks.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public Optional<Area> area(String key) {
        return areas.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    public Optional<TargetGroup> targetGroup(String key) {
        return targetGroups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    public Optional<LifeSituation> lifeSituation(String key) {
        return lifeSituations.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public List<Responsibility> ofTask(String task) {
        return responsibilities.stream().filter(r -> r.task().equals(task)).toList();
    }

    public List<Responsibility> ofActor(String actor) {
        return responsibilities.stream().filter(r -> r.actor().equals(actor)).toList();
    }

    /** The actors that hold a part in any task, in directory order: the matrix's columns. */
    public List<Actor> matrixActors() {
        Set<String> involved = new LinkedHashSet<>();
        responsibilities.forEach(r -> involved.add(r.actor()));
        return actors.stream().filter(a -> involved.contains(a.key())).toList();
    }

    /** The roles an actor holds for a task (any area and target group), in the order of the roles. */
    public List<ResponsibilityRole> roles(String task, String actor) {
        Set<ResponsibilityRole> roles = new java.util.TreeSet<>();
        for (Responsibility r : responsibilities) {
            if (r.task().equals(task) && r.actor().equals(actor)) {
                roles.add(r.role());
            }
        }
        return List.copyOf(roles);
    }

    /** The matrix's cell as letters ("V", "B, I"), empty when the actor has no part in the task. */
    public String cell(String task, String actor) {
        return String.join(
                ", ",
                roles(task, actor).stream().map(ResponsibilityRole::letter).toList());
    }

    /** The actors responsible for a task (for a target group, when given), for the Wegweiser. */
    public List<Actor> responsibleFor(String task, String targetGroup, ResponsibilityRole role) {
        Set<String> keys = new LinkedHashSet<>();
        for (Responsibility r : responsibilities) {
            if (r.task().equals(task)
                    && r.role() == role
                    && (targetGroup == null || targetGroup.equals(r.targetGroup()))) {
                keys.add(r.actor());
            }
        }
        return actors.stream().filter(a -> keys.contains(a.key())).toList();
    }

    /** The tasks an actor has any part in, in task order. */
    public List<Task> tasksOf(String actor) {
        Set<String> keys = new LinkedHashSet<>();
        ofActor(actor).forEach(r -> keys.add(r.task()));
        return tasks.stream().filter(t -> keys.contains(t.key())).toList();
    }

    /**
     * The directory as the public sees it on {@code today}: without archived actors and what
     * refers to them, without responsibilities and contacts out of their validity, and every
     * contact without a person's name unless that person consented.
     */
    public ActorDirectory published(LocalDate today) {
        List<Actor> shown = new ArrayList<>();
        for (Actor a : actors) {
            if (!a.archived()) {
                shown.add(a.withContacts(a.contacts().stream()
                        .filter(c -> c.validOn(today))
                        .map(Contact::published)
                        .toList()));
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        shown.forEach(a -> keys.add(a.key()));
        List<Responsibility> valid = responsibilities.stream()
                .filter(r -> keys.contains(r.actor()) && r.validOn(today))
                .toList();
        return new ActorDirectory(asOf, source, areas, targetGroups, shown, tasks, valid, lifeSituations);
    }

    static String pick(Locale locale, String de, String en) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : de;
    }
}
