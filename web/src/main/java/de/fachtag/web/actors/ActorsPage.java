package de.fachtag.web.actors;

import de.fachtag.actors.ActorDirectory;
import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.LifeSituation;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.actors.ActorDirectory.Step;
import de.fachtag.actors.ActorDirectory.TargetGroup;
import de.fachtag.actors.ActorDirectory.Task;
import de.fachtag.actors.ActorService;
import de.fachtag.actors.ResponsibilityRole;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public pages of the actors directory, one bean for the three of them:
 * {@code /t/{tenant}/actors} (the directory with search and filters by task, target group and
 * life situation, the matrix tasks x actors, the Wegweiser's life situations),
 * {@code /t/{tenant}/actors/{actor}} (an actor with its tasks and contacts) and
 * {@code /t/{tenant}/actors/guide/{situation}} (which actor does what, in which order). What the
 * public sees only: no archived actor, nothing out of validity, a person's name only with consent.
 * An unknown key, and another tenant's, answer 404.
 */
@Named("actorsPage")
@RequestScoped
public class ActorsPage {

    @EJB
    ActorService service;

    @Inject
    LocaleSelection lang;

    @Inject
    RequestTenant tenant;

    @Inject
    HttpServletRequest request;

    private ActorDirectory directory;

    public ActorDirectory getDirectory() {
        if (directory == null) {
            directory = tenant.isPresent() ? service.published() : ActorDirectory.empty();
        }
        return directory;
    }

    // ------------------------------------------------------------------ the directory and its filters

    public String getQ() {
        String q = param("q");
        return q == null || q.isBlank() ? null : q.strip();
    }

    public String getTaskFilter() {
        return known(
                param("task"), getDirectory().tasks().stream().map(Task::key).toList());
    }

    public String getGroupFilter() {
        return known(
                param("group"),
                getDirectory().targetGroups().stream().map(TargetGroup::key).toList());
    }

    public String getSituationFilter() {
        return known(
                param("situation"),
                getDirectory().lifeSituations().stream().map(LifeSituation::key).toList());
    }

    public boolean isFiltered() {
        return getQ() != null || getTaskFilter() != null || getGroupFilter() != null || getSituationFilter() != null;
    }

    /** The actors the search and the filters leave, in directory order. */
    public List<Actor> getActors() {
        ActorDirectory d = getDirectory();
        Set<String> tasks = filteredTasks().stream().map(Task::key).collect(Collectors.toSet());
        String group = getGroupFilter();
        String q = getQ() == null ? null : getQ().toLowerCase(Locale.GERMAN);
        boolean byTask = getTaskFilter() != null || getSituationFilter() != null || group != null;
        return d.actors().stream()
                .filter(a -> {
                    if (byTask
                            && d.ofActor(a.key()).stream()
                                    .noneMatch(r -> tasks.contains(r.task())
                                            && (group == null || group.equals(r.targetGroup())))) {
                        return false;
                    }
                    return q == null || matches(a, q);
                })
                .toList();
    }

    private boolean matches(Actor a, String q) {
        List<String> texts = new ArrayList<>(List.of(a.name()));
        Optional.ofNullable(a.shortName()).ifPresent(texts::add);
        Optional.ofNullable(a.descriptionDe()).ifPresent(texts::add);
        Optional.ofNullable(a.descriptionEn()).ifPresent(texts::add);
        Optional.ofNullable(a.city()).ifPresent(texts::add);
        getDirectory().tasksOf(a.key()).forEach(t -> {
            texts.add(t.titleDe());
            Optional.ofNullable(t.titleEn()).ifPresent(texts::add);
        });
        a.contacts().forEach(c -> texts.add(c.role()));
        return texts.stream().anyMatch(t -> t.toLowerCase(Locale.GERMAN).contains(q));
    }

    /** The tasks of the matrix: all, or those the filters leave (a task, a life situation's steps, a target group's). */
    public List<Task> filteredTasks() {
        ActorDirectory d = getDirectory();
        String task = getTaskFilter();
        String group = getGroupFilter();
        Set<String> situationTasks = getSituationFilter() == null
                ? null
                : d.lifeSituation(getSituationFilter()).orElseThrow().steps().stream()
                        .map(Step::task)
                        .collect(Collectors.toSet());
        return d.tasks().stream()
                .filter(t -> task == null || t.key().equals(task))
                .filter(t -> situationTasks == null || situationTasks.contains(t.key()))
                .filter(t -> group == null || d.ofTask(t.key()).stream().anyMatch(r -> group.equals(r.targetGroup())))
                .toList();
    }

    public List<Task> getMatrixTasks() {
        return filteredTasks();
    }

    public List<Actor> getMatrixActors() {
        return getDirectory().matrixActors();
    }

    public String cell(String task, String actor) {
        return getDirectory().cell(task, actor);
    }

    /** The cell in words for screen readers ("verantwortlich, zu informieren"). */
    public String cellWords(String task, String actor) {
        return getDirectory().roles(task, actor).stream().map(this::role).collect(Collectors.joining(", "));
    }

    /** The matrix on a phone: per task, each actor with its roles in words. */
    public List<Part> parts(String task) {
        List<Part> parts = new ArrayList<>();
        for (Actor a : getMatrixActors()) {
            List<ResponsibilityRole> roles = getDirectory().roles(task, a.key());
            if (!roles.isEmpty()) {
                parts.add(new Part(a, roles.stream().map(this::role).collect(Collectors.joining(", "))));
            }
        }
        return parts;
    }

    /** An actor's part in a task, in words. */
    public record Part(Actor actor, String roles) {}

    public String role(ResponsibilityRole role) {
        return texts().get("role." + role.name());
    }

    public List<ResponsibilityRole> getRoles() {
        return List.of(ResponsibilityRole.values());
    }

    // ------------------------------------------------------------------ an actor's page

    /** {@code f:viewAction} of the actor's page: 404 unless the key names a published actor. */
    public void loadActor() throws IOException {
        if (getActor() == null) {
            notFound();
        }
    }

    public Actor getActor() {
        String key = param("actor");
        return key == null ? null : getDirectory().actor(key).orElse(null);
    }

    private de.fachtag.actors.ActorReferences references;

    /**
     * The published events the actor takes part in (through agenda contributions and workshop
     * leads) and the recommendations of published documentations it answers for, with their states.
     */
    public de.fachtag.actors.ActorReferences getReferences() {
        if (references == null) {
            Actor a = getActor();
            references = a == null
                    ? new de.fachtag.actors.ActorReferences(List.of(), List.of(), List.of())
                    : service.references(a.key(), true);
        }
        return references;
    }

    /** {@code /fachtag/t/mittelsachsen/e/fachtag-2024}: an event's public page. */
    public String eventUrl(String slug) {
        return request.getContextPath() + tenant.getBase() + "/e/" + slug;
    }

    /** A series' page, whose documentation holds a recommendation of the series documentation. */
    public String seriesUrl(String slug) {
        return request.getContextPath() + tenant.getBase() + "/series/" + slug;
    }

    /** An event's date in the reader's language, or empty. */
    public String day(java.time.LocalDate date) {
        return date == null
                ? ""
                : date.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.getLocale()));
    }

    public Actor parentOf(Actor a) {
        return a.parent() == null ? null : getDirectory().actor(a.parent()).orElse(null);
    }

    public List<Actor> unitsOf(Actor a) {
        return getDirectory().actors().stream()
                .filter(x -> a.key().equals(x.parent()))
                .toList();
    }

    /** An actor's tasks with its roles, area and target group. */
    public List<Responsibility> responsibilitiesOf(Actor a) {
        return getDirectory().ofActor(a.key());
    }

    public String taskTitle(String key) {
        return getDirectory().task(key).map(t -> t.title(lang.getLocale())).orElse(key);
    }

    public String areaName(String key) {
        return getDirectory().area(key).map(ActorDirectory.Area::name).orElse(key);
    }

    public String groupLabel(String key) {
        return key == null
                ? ""
                : getDirectory()
                        .targetGroup(key)
                        .map(g -> g.label(lang.getLocale()))
                        .orElse(key);
    }

    public String languages(Actor a) {
        return a.languages().stream()
                .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(lang.getLocale()))
                .collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ the Wegweiser

    /** {@code f:viewAction} of a life situation's page: 404 unless the key names one. */
    public void loadSituation() throws IOException {
        if (getSituation() == null) {
            notFound();
        }
    }

    public LifeSituation getSituation() {
        String key = param("situation");
        return key == null ? null : getDirectory().lifeSituation(key).orElse(null);
    }

    /** One step of the Wegweiser: the task, who is responsible (for the situation's group, else for any), who advises. */
    public record GuideStep(int number, Task task, String note, List<Actor> responsible, List<Actor> advising) {}

    public List<GuideStep> getSteps() {
        LifeSituation s = getSituation();
        List<GuideStep> steps = new ArrayList<>();
        int n = 0;
        for (Step step : s.steps()) {
            Task task = getDirectory().task(step.task()).orElse(null);
            if (task == null) {
                continue;
            }
            steps.add(new GuideStep(
                    ++n,
                    task,
                    step.note(lang.getLocale()),
                    forGroup(task.key(), s.targetGroup(), ResponsibilityRole.RESPONSIBLE),
                    forGroup(task.key(), s.targetGroup(), ResponsibilityRole.ADVISING)));
        }
        return steps;
    }

    private List<Actor> forGroup(String task, String group, ResponsibilityRole role) {
        List<Actor> forGroup = getDirectory().responsibleFor(task, group, role);
        return forGroup.isEmpty() ? getDirectory().responsibleFor(task, null, role) : forGroup;
    }

    // ------------------------------------------------------------------ shared

    public String getAsOf() {
        return getDirectory().asOf() == null
                ? null
                : getDirectory()
                        .asOf()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(lang.getLocale()));
    }

    /** {@code /t/mittelsachsen/actors}: the start of every link of these pages. */
    public String getBase() {
        return request.getContextPath() + tenant.getBase() + "/actors";
    }

    /** The language a bilingual text is shown in (German stands in for a missing English text). */
    public String languageOf(String english) {
        return lang.isEnglish() && english != null && !english.isBlank() ? "en" : "de";
    }

    private ActorTexts texts() {
        return new ActorTexts(lang.getLocale());
    }

    /** A request parameter as Faces sees it: the routing filter's forward adds the key of the path to them. */
    private static String param(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null
                ? null
                : faces.getExternalContext().getRequestParameterMap().get(name);
    }

    private static String known(String value, List<String> keys) {
        return value != null && keys.contains(value) ? value : null;
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }
}
