package de.fachtag.feedback;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.fachtag.registration.Tokens;
import de.fachtag.tenancy.TenantScoped;

/** Stores feedback for the current tenant; the mail outbox forwards it later. */
@Stateless
@TenantScoped
public class FeedbackService {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    public UUID submit(@NotNull @Valid FeedbackForm form, Locale locale) {
        // a private link (the page /r/{token}, or pasted into the text) is nobody's business here
        var message = new FeedbackMessage(Tokens.redact(clean(form.getPage(), "/")), Tokens.redact(form.getMessage().strip()),
                clean(form.getName(), null), clean(form.getEmail(), null), locale.getLanguage());
        em.persist(message);
        return message.getId();
    }

    public List<FeedbackMessage> recent(int max) {
        return em.createNamedQuery("FeedbackMessage.recent", FeedbackMessage.class).setMaxResults(max).getResultList();
    }

    private static String clean(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
