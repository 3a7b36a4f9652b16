package de.fachtag.web.actors;

import de.fachtag.actors.ActorChecks;
import de.fachtag.actors.ActorDirectory;
import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Contact;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.actors.ActorDirectory.Task;
import de.fachtag.actors.ActorFileException;
import de.fachtag.actors.ActorKind;
import de.fachtag.actors.ActorLevel;
import de.fachtag.actors.ActorNotFoundException;
import de.fachtag.actors.ActorRuleException;
import de.fachtag.actors.ActorService;
import de.fachtag.actors.ResponsibilityRole;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.organizer.EventBackoffice;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /organizer/{tenant}/actors}: the editor's view of the directory. The quality checks
 * first (gaps, doubles, entries not confirmed for twelve months), then every responsibility with
 * its last confirmation (confirm, remove) and a form to add one, the actors (add, change with
 * their contact points and the consent to publish a name, archive with the list of what leaves
 * the public pages, restore), the tasks, and the YAML import (replaces everything; a faulty file
 * changes nothing and names its lines) and export. Refusals name their place. Organizers and the
 * tenant's admins change; other staff only read.
 */
@Named("actorsBackoffice")
@ViewScoped
public class ActorsBackofficeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ActorService service;

    @EJB
    de.fachtag.actors.ActorConfirmations confirmations;

    private List<de.fachtag.actors.ActorConfirmations.Correction> corrections = List.of();

    @Inject
    EventBackoffice bo;

    @Inject
    LocaleSelection lang;

    @Inject
    StaffSession staff;

    @Inject
    RequestTenant tenant;

    @Inject
    HttpServletRequest request;

    private ActorDirectory directory = ActorDirectory.empty();
    private ActorChecks checks;

    // the actor form
    private String actorKey;
    private String name;
    private String shortName;
    private ActorKind kind;
    private ActorLevel level;
    private String parent;
    private String description;
    private String street;
    private String postcode;
    private String city;
    private String openingHours;
    private String website;
    private String email;
    private String phone;
    private List<ContactForm> contacts = new ArrayList<>(List.of(new ContactForm()));

    // the task form
    private String taskKey;
    private String titleDe;
    private String titleEn;
    private String leika;
    private String legalBasis;
    private String taskGroup;
    private String taskDescription;

    // the responsibility form
    private String respTask;
    private String respActor;
    private ResponsibilityRole respRole = ResponsibilityRole.RESPONSIBLE;
    private String respArea;
    private String respGroup;
    private String respSource;

    // the area form
    private String areaKey;
    private String areaName;
    private ActorLevel areaLevel;

    // the target group form
    private String groupKey;
    private String groupLabelDe;
    private String groupLabelEn;
    private String groupConditionsDe;

    // the life situation form: steps one a line, "task-key" or "task-key | note"
    private String situationKey;
    private String situationTitleDe;
    private String situationTitleEn;
    private String situationDescription;
    private String situationGroup;
    private String situationSteps;

    private transient Part file;
    private List<String> importProblems = List.of();

    /** One contact point of the actor form; a row without a function is dropped on saving. */
    public static class ContactForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String role;
        private String name;
        private LocalDate consentOn;
        private String consentHow;
        private String email;
        private String phone;

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getConsentOn() {
            return consentOn;
        }

        public void setConsentOn(LocalDate consentOn) {
            this.consentOn = consentOn;
        }

        public String getConsentHow() {
            return consentHow;
        }

        public void setConsentHow(String consentHow) {
            this.consentHow = consentHow;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            read();
        }
    }

    private void read() {
        directory = service.directory();
        corrections = confirmations.corrections();
        checks = ActorChecks.of(directory, LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
    }

    // ------------------------------------------------------------------ actions

    public void saveActor() {
        List<Contact> list = contacts.stream()
                .filter(c -> c.role != null && !c.role.isBlank())
                .map(c -> new Contact(c.role, c.name, c.consentOn, c.consentHow, c.email, c.phone, null, null))
                .toList();
        boolean archived = directory.actor(actorKey).map(Actor::archived).orElse(false);
        Actor a = new Actor(
                actorKey == null ? null : actorKey.strip(),
                name,
                shortName,
                kind,
                level,
                blank(parent),
                description,
                null,
                street,
                postcode,
                city,
                openingHours,
                languagesOf(actorKey),
                website,
                email,
                phone,
                false,
                archived,
                list);
        act(() -> service.saveActor(descriptionsKept(a)), this::clearespActor);
    }

    /** Keeps what the form does not show (the English description, languages, the illustrative mark). */
    private Actor descriptionsKept(Actor a) {
        Actor old = directory.actor(a.key()).orElse(null);
        if (old == null) {
            return a;
        }
        return new Actor(
                a.key(),
                a.name(),
                a.shortName(),
                a.kind(),
                a.level(),
                a.parent(),
                a.descriptionDe(),
                old.descriptionEn(),
                a.street(),
                a.postcode(),
                a.city(),
                a.openingHours(),
                old.languages(),
                a.website(),
                a.email(),
                a.phone(),
                old.illustrative(),
                old.archived(),
                a.contacts());
    }

    private List<String> languagesOf(String key) {
        return key == null
                ? List.of()
                : directory.actor(key.strip()).map(Actor::languages).orElse(List.of());
    }

    /** Fills the actor form with an actor, for changing it. */
    public void edit(String key) {
        Actor a = directory.actor(key).orElse(null);
        if (a == null) {
            EventBackoffice.notFound();
            return;
        }
        actorKey = a.key();
        name = a.name();
        shortName = a.shortName();
        kind = a.kind();
        level = a.level();
        parent = a.parent();
        description = a.descriptionDe();
        street = a.street();
        postcode = a.postcode();
        city = a.city();
        openingHours = a.openingHours();
        website = a.website();
        email = a.email();
        phone = a.phone();
        contacts = new ArrayList<>();
        for (Contact c : a.contacts()) {
            ContactForm f = new ContactForm();
            f.role = c.role();
            f.name = c.personName();
            f.consentOn = c.consentOn();
            f.consentHow = c.consentHow();
            f.email = c.email();
            f.phone = c.phone();
            contacts.add(f);
        }
        contacts.add(new ContactForm());
    }

    // the archive step: what refers to the actor, shown before it goes
    private String pendingArchive;
    private de.fachtag.actors.ActorReferences pendingReferences;

    /**
     * Archiving asks first: it lists every recommendation, responsibility and event page that
     * refers to the actor ({@link #confirmArchive} then archives). Restoring needs no question.
     */
    public void archive(String key, boolean archived) {
        if (!bo.isEditable()) {
            return;
        }
        if (archived) {
            try {
                pendingReferences = service.references(key, false);
                pendingArchive = key;
            } catch (ActorNotFoundException e) {
                error(text("actors.notFound", key));
                read();
            }
            return;
        }
        act(() -> service.archiveActor(key, false), () -> {});
    }

    /** Second step of archiving: the organizer saw what refers to the actor. */
    public void confirmArchive() {
        String key = pendingArchive;
        if (key == null) {
            return;
        }
        List<String> leaving = new ArrayList<>();
        act(
                () -> service.archiveActor(key, true)
                        .forEach(r -> leaving.add(taskTitle(r.task()) + " (" + role(r.role()) + ")")),
                this::cancelArchive);
        if (!leaving.isEmpty()) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_WARN,
                                    text("bo.archivedWith", String.join("; ", leaving)),
                                    null));
        }
    }

    public void cancelArchive() {
        pendingArchive = null;
        pendingReferences = null;
    }

    public String getPendingArchive() {
        return pendingArchive;
    }

    /** The name of the actor waiting for the archive confirmation. */
    public String getPendingArchiveName() {
        return pendingArchive == null ? null : actorName(pendingArchive);
    }

    public de.fachtag.actors.ActorReferences getPendingReferences() {
        return pendingReferences;
    }

    /** {@code /fachtag/t/mittelsachsen/e/fachtag-2024}: an event's public page (or where it would be). */
    public String eventUrl(String slug) {
        return request.getContextPath() + tenant.getBase() + "/e/" + slug;
    }

    // ------------------------------------------------------------------ areas, target groups, life situations

    public void saveArea() {
        act(
                () -> service.saveArea(
                        new ActorDirectory.Area(areaKey == null ? null : areaKey.strip(), areaName, areaLevel)),
                () -> {
                    areaKey = null;
                    areaName = null;
                    areaLevel = null;
                });
    }

    /** Puts an area into its form. */
    public void editArea(String key) {
        directory.area(key).ifPresent(a -> {
            areaKey = a.key();
            areaName = a.name();
            areaLevel = a.level();
        });
    }

    public void saveGroup() {
        String key = groupKey == null ? null : groupKey.strip();
        String conditionsEn = directory
                .targetGroup(key)
                .map(ActorDirectory.TargetGroup::conditionsEn)
                .orElse(null);
        act(
                () -> service.saveTargetGroup(new ActorDirectory.TargetGroup(
                        key, groupLabelDe, groupLabelEn, groupConditionsDe, conditionsEn)),
                () -> {
                    groupKey = null;
                    groupLabelDe = null;
                    groupLabelEn = null;
                    groupConditionsDe = null;
                });
    }

    /** Puts a target group into its form. */
    public void editGroup(String key) {
        directory.targetGroup(key).ifPresent(g -> {
            groupKey = g.key();
            groupLabelDe = g.labelDe();
            groupLabelEn = g.labelEn();
            groupConditionsDe = g.conditionsDe();
        });
    }

    public void saveSituation() {
        String key = situationKey == null ? null : situationKey.strip();
        ActorDirectory.LifeSituation old = directory.lifeSituations().stream()
                .filter(x -> x.key().equals(key))
                .findFirst()
                .orElse(null);
        List<ActorDirectory.Step> steps = new ArrayList<>();
        if (situationSteps != null) {
            for (String line : situationSteps.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int bar = line.indexOf('|');
                String task = (bar < 0 ? line : line.substring(0, bar)).strip();
                String note = bar < 0 ? null : blank(line.substring(bar + 1).strip());
                // an unchanged step keeps its English note
                String noteEn = old == null
                        ? null
                        : old.steps().stream()
                                .filter(x -> x.task().equals(task) && java.util.Objects.equals(x.noteDe(), note))
                                .findFirst()
                                .map(ActorDirectory.Step::noteEn)
                                .orElse(null);
                steps.add(new ActorDirectory.Step(task, note, noteEn));
            }
        }
        act(
                () -> service.saveLifeSituation(new ActorDirectory.LifeSituation(
                        key,
                        situationTitleDe,
                        situationTitleEn,
                        situationDescription,
                        old == null ? null : old.descriptionEn(),
                        blank(situationGroup),
                        steps)),
                () -> {
                    situationKey = null;
                    situationTitleDe = null;
                    situationTitleEn = null;
                    situationDescription = null;
                    situationGroup = null;
                    situationSteps = null;
                });
    }

    /** Puts a life situation with its steps into its form. */
    public void editSituation(String key) {
        directory.lifeSituations().stream()
                .filter(x -> x.key().equals(key))
                .findFirst()
                .ifPresent(x -> {
                    situationKey = x.key();
                    situationTitleDe = x.titleDe();
                    situationTitleEn = x.titleEn();
                    situationDescription = x.descriptionDe();
                    situationGroup = x.targetGroup();
                    situationSteps = x.steps().stream()
                            .map(st -> st.task() + (st.noteDe() == null ? "" : " | " + st.noteDe()))
                            .collect(Collectors.joining("\n"));
                });
    }

    public String getAreaKey() {
        return areaKey;
    }

    public void setAreaKey(String areaKey) {
        this.areaKey = areaKey;
    }

    public String getAreaName() {
        return areaName;
    }

    public void setAreaName(String areaName) {
        this.areaName = areaName;
    }

    public ActorLevel getAreaLevel() {
        return areaLevel;
    }

    public void setAreaLevel(ActorLevel areaLevel) {
        this.areaLevel = areaLevel;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public void setGroupKey(String groupKey) {
        this.groupKey = groupKey;
    }

    public String getGroupLabelDe() {
        return groupLabelDe;
    }

    public void setGroupLabelDe(String groupLabelDe) {
        this.groupLabelDe = groupLabelDe;
    }

    public String getGroupLabelEn() {
        return groupLabelEn;
    }

    public void setGroupLabelEn(String groupLabelEn) {
        this.groupLabelEn = groupLabelEn;
    }

    public String getGroupConditionsDe() {
        return groupConditionsDe;
    }

    public void setGroupConditionsDe(String groupConditionsDe) {
        this.groupConditionsDe = groupConditionsDe;
    }

    public String getSituationKey() {
        return situationKey;
    }

    public void setSituationKey(String situationKey) {
        this.situationKey = situationKey;
    }

    public String getSituationTitleDe() {
        return situationTitleDe;
    }

    public void setSituationTitleDe(String situationTitleDe) {
        this.situationTitleDe = situationTitleDe;
    }

    public String getSituationTitleEn() {
        return situationTitleEn;
    }

    public void setSituationTitleEn(String situationTitleEn) {
        this.situationTitleEn = situationTitleEn;
    }

    public String getSituationDescription() {
        return situationDescription;
    }

    public void setSituationDescription(String situationDescription) {
        this.situationDescription = situationDescription;
    }

    public String getSituationGroup() {
        return situationGroup;
    }

    public void setSituationGroup(String situationGroup) {
        this.situationGroup = situationGroup;
    }

    public String getSituationSteps() {
        return situationSteps;
    }

    public void setSituationSteps(String situationSteps) {
        this.situationSteps = situationSteps;
    }

    public void saveTask() {
        act(
                () -> service.saveTask(new Task(
                        taskKey == null ? null : taskKey.strip(),
                        titleDe,
                        titleEn,
                        leika,
                        legalBasis,
                        blank(taskGroup),
                        taskDescription,
                        directory.task(taskKey).map(Task::descriptionEn).orElse(null))),
                () -> {
                    taskKey = null;
                    titleDe = null;
                    titleEn = null;
                    leika = null;
                    legalBasis = null;
                    taskGroup = null;
                    taskDescription = null;
                });
    }

    public void addResponsibility() {
        act(
                () -> service.addResponsibility(new Responsibility(
                        null,
                        respTask,
                        respActor,
                        respRole,
                        respArea,
                        respGroup,
                        null,
                        null,
                        respSource,
                        LocalDate.now(java.time.ZoneId.of("Europe/Berlin")),
                        confirmer())),
                () -> respSource = null);
    }

    public void confirm(UUID id) {
        act(() -> service.confirmResponsibility(id, confirmer()), () -> {});
    }

    public void remove(UUID id) {
        act(() -> service.removeResponsibility(id), () -> {});
    }

    /** Mails a confirmation link to every actor with stale entries and an address. */
    public void sendConfirmationLinks() {
        if (!bo.isEditable()) {
            return;
        }
        ActorTexts texts = new ActorTexts(lang.getLocale());
        List<String> written =
                confirmations.requestForStale(texts.get("confirm.mail.subject"), texts.get("confirm.mail.text"));
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                written.isEmpty()
                                        ? text("bo.confirmations.none")
                                        : text(
                                                "bo.confirmations.sent",
                                                written.stream()
                                                        .map(this::actorName)
                                                        .collect(Collectors.joining(", "))),
                                null));
        read();
    }

    public List<de.fachtag.actors.ActorConfirmations.Correction> getCorrections() {
        return corrections;
    }

    public void importFile() {
        importProblems = List.of();
        if (file == null || file.getSize() == 0) {
            error(text("bo.importMissing"));
            return;
        }
        byte[] yaml;
        try (InputStream in = file.getInputStream()) {
            yaml = in.readNBytes(2 * 1024 * 1024 + 1);
        } catch (IOException e) {
            error(text("bo.importMissing"));
            return;
        }
        String fileName = file.getSubmittedFileName() == null ? "upload.yaml" : file.getSubmittedFileName();
        try {
            if (yaml.length > 2 * 1024 * 1024) {
                throw new ActorFileException(List.of(fileName + ": larger than 2 MB"));
            }
            if (bo.isEditable()) {
                service.importFile(fileName.replaceAll("[^A-Za-z0-9._-]", "_"), yaml);
                read();
                FacesContext.getCurrentInstance()
                        .addMessage(
                                null,
                                new FacesMessage(
                                        FacesMessage.SEVERITY_INFO,
                                        text(
                                                "bo.imported",
                                                directory.actors().size(),
                                                directory.tasks().size(),
                                                directory.responsibilities().size()),
                                        null));
            }
        } catch (ActorFileException e) {
            importProblems = e.getProblems();
            error(text("bo.importFailed"));
        }
    }

    private void act(Runnable change, Runnable clear) {
        if (!bo.isEditable()) {
            return;
        }
        try {
            change.run();
            clear.run();
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("bo.saved"), null));
        } catch (ActorRuleException e) {
            error(text(e.getMessageKey(), e.getPlace()));
        } catch (ActorNotFoundException e) {
            error(text("actors.notFound", e.getMessage().replace("not found: ", "")));
        }
        read();
    }

    private void clearespActor() {
        actorKey = null;
        name = null;
        shortName = null;
        kind = null;
        level = null;
        parent = null;
        description = null;
        street = null;
        postcode = null;
        city = null;
        openingHours = null;
        website = null;
        email = null;
        phone = null;
        contacts = new ArrayList<>(List.of(new ContactForm()));
    }

    private String confirmer() {
        String who = staff.getDisplayName();
        return who == null || who.isBlank() ? staff.getEmail() : who;
    }

    private void error(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private String text(String key, Object... args) {
        return new ActorTexts(lang.getLocale()).get(key, args);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    // ------------------------------------------------------------------ reading for the page

    public String taskTitle(String key) {
        return directory.task(key).map(t -> t.title(lang.getLocale())).orElse(key);
    }

    public String actorName(String key) {
        return directory.actor(key).map(Actor::label).orElse(key);
    }

    public String areaName(String key) {
        return directory.area(key).map(ActorDirectory.Area::name).orElse(key);
    }

    public String groupLabel(String key) {
        return key == null
                ? text("bo.checks.noGroup")
                : directory.targetGroup(key).map(g -> g.label(lang.getLocale())).orElse(key);
    }

    public String role(ResponsibilityRole role) {
        return text("role." + role.name());
    }

    public String gap(ActorChecks.Gap g) {
        return text("bo.checks.gap", taskTitle(g.task()), areaName(g.area()), groupLabel(g.targetGroup()));
    }

    public String doubled(ActorChecks.Doubled d) {
        return text(
                "bo.checks.double",
                taskTitle(d.task()),
                areaName(d.area()),
                groupLabel(d.targetGroup()),
                d.actors().stream().map(this::actorName).collect(Collectors.joining(", ")));
    }

    public String stale(Responsibility r) {
        return text(
                "bo.checks.staleEntry",
                actorName(r.actor()),
                taskTitle(r.task()),
                role(r.role()),
                r.confirmedOn() == null ? text("bo.checks.never") : r.confirmedOn() + " (" + r.confirmedBy() + ")");
    }

    public String confirmation(Responsibility r) {
        return r.confirmedOn() == null
                ? text("bo.checks.never")
                : r.confirmedOn() + (r.confirmedBy() == null ? "" : " – " + r.confirmedBy());
    }

    public boolean isStale(Responsibility r) {
        return checks != null && checks.stale().contains(r);
    }

    public String publicUrl() {
        return request.getContextPath() + "/t/" + tenant.getSlug() + "/actors";
    }

    public String exportUrl() {
        return request.getContextPath() + "/organizer/" + tenant.getSlug() + "/actors.yaml";
    }

    public ActorDirectory getDirectory() {
        return directory;
    }

    public ActorChecks getChecks() {
        return checks;
    }

    public ActorKind[] getKinds() {
        return ActorKind.values();
    }

    public ActorLevel[] getLevels() {
        return ActorLevel.values();
    }

    public ResponsibilityRole[] getRoles() {
        return ResponsibilityRole.values();
    }

    public List<String> getImportProblems() {
        return importProblems;
    }

    public String getActorKey() {
        return actorKey;
    }

    public void setActorKey(String actorKey) {
        this.actorKey = actorKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
    }

    public ActorLevel getLevel() {
        return level;
    }

    public void setLevel(ActorLevel level) {
        this.level = level;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<ContactForm> getContacts() {
        return contacts;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public void setTaskKey(String taskKey) {
        this.taskKey = taskKey;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getLeika() {
        return leika;
    }

    public void setLeika(String leika) {
        this.leika = leika;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getTaskGroup() {
        return taskGroup;
    }

    public void setTaskGroup(String taskGroup) {
        this.taskGroup = taskGroup;
    }

    public String getTaskDescription() {
        return taskDescription;
    }

    public void setTaskDescription(String taskDescription) {
        this.taskDescription = taskDescription;
    }

    public String getRespTask() {
        return respTask;
    }

    public void setRespTask(String respTask) {
        this.respTask = respTask;
    }

    public String getRespActor() {
        return respActor;
    }

    public void setRespActor(String respActor) {
        this.respActor = respActor;
    }

    public ResponsibilityRole getRespRole() {
        return respRole;
    }

    public void setRespRole(ResponsibilityRole respRole) {
        this.respRole = respRole;
    }

    public String getRespArea() {
        return respArea;
    }

    public void setRespArea(String respArea) {
        this.respArea = respArea;
    }

    public String getRespGroup() {
        return respGroup;
    }

    public void setRespGroup(String respGroup) {
        this.respGroup = respGroup;
    }

    public String getRespSource() {
        return respSource;
    }

    public void setRespSource(String respSource) {
        this.respSource = respSource;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
