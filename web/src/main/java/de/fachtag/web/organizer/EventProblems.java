package de.fachtag.web.organizer;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Puts what a service refused next to the field it belongs to. The services name fields as
 * their forms do ({@code registrationCloses}); the pages' ids are kebab-case
 * ({@code registration-closes}), and a few rules name the entity's field ({@code title}) where
 * the form has two ({@code title-de}). A problem without a field on the page is shown at the top.
 */
final class EventProblems {

    /** Rule field names that differ from the form's. */
    private static final Map<String, String> ALIASES = Map.of(
            "title", "titleDe",
            "subtitle", "subtitleDe",
            "description", "descriptionDe",
            "questions", "questionsDe",
            "audience", "audienceDe");

    private EventProblems() {}

    /** {@code registrationCloses} → {@code registration-closes}. */
    static String id(String field) {
        String f = ALIASES.getOrDefault(field, field);
        return f.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Shows the problems (field → message key) next to the fields of {@code formId}; nothing was saved. */
    static void show(EventBackoffice bo, String formId, Map<String, String> problems) {
        show(bo, formId, problems, "problems.fields");
    }

    /** The same, with {@code summaryKey} as the line at the top when a problem is shown at a field. */
    static void show(EventBackoffice bo, String formId, Map<String, String> problems, String summaryKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean onPage = false;
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            String clientId = formId + ":" + id(problem.getKey());
            UIComponent component = faces.getViewRoot().findComponent(clientId);
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, bo.text(problem.getValue()), null);
            if (component == null) {
                faces.addMessage(null, message);
                continue;
            }
            faces.addMessage(clientId, message);
            // marked invalid, so it is styled and announced (aria-invalid)
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
            onPage = true;
        }
        if (onPage) {
            // one line at the top too, so that a screen reader user hears that something needs fixing
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bo.text(summaryKey), null));
        }
        faces.validationFailed();
    }

    /**
     * The service's Bean Validation refused the form; the page's own validation normally catches
     * this first. Shown with the message of the constraint's key, in the reader's language.
     */
    static boolean showViolations(EventBackoffice bo, String formId, EJBException e) {
        Optional<ConstraintViolationException> cve = cause(e);
        if (cve.isEmpty()) {
            return false;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : cve.get().getConstraintViolations()) {
            String field = null;
            for (Path.Node node : v.getPropertyPath()) {
                field = node.getName();
            }
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : template;
            problems.putIfAbsent(field == null ? "form" : field, key);
        }
        show(bo, formId, problems);
        return true;
    }

    /** Someone else's transaction changed the event between our check of the version and our commit. */
    static boolean isConflict(EJBException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException
                    || c instanceof de.fachtag.tenant.ConcurrentEditException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ConstraintViolationException> cause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConstraintViolationException cve) {
                return Optional.of(cve);
            }
        }
        return Optional.empty();
    }

    static void info(String text) {
        FacesMessages.info(text);
    }

    static void error(String text) {
        FacesMessages.error(text);
    }

    static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }
}
