package de.fachtag.tenant;

import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's event series (Veranstaltungsreihen) as organizers list and add them in the back
 * office. Series from tenant files arrive through {@link TenantImportService}; a series added
 * here is kept when the file is imported again (the importer only adds and describes).
 */
@Stateless
@TenantScoped
public class SeriesService {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** A series as lists and selects show it. */
    public record SeriesEntry(String slug, LocalizedString title, LocalizedString description)
            implements Serializable {}

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** Every series of the tenant, in the order the tenant file gives them, new ones last. */
    public List<SeriesEntry> list() {
        return em.createNamedQuery("EventSeries.all", EventSeries.class)
                .getResultStream()
                .map(s -> new SeriesEntry(s.getSlug(), s.getTitle(), s.getDescription()))
                .toList();
    }

    /**
     * Adds a series; the slug must be new within the tenant.
     *
     * @throws RejectedInputException with the fields {@code slug}, {@code titleDe}, {@code titleEn}
     */
    public String create(String slug, String titleDe, String titleEn) {
        String s = trim(slug);
        String de = trim(titleDe);
        String en = trim(titleEn);
        Map<String, String> problems = new LinkedHashMap<>();
        if (s == null) {
            problems.put("slug", "fachtag.required");
        } else if (!s.matches(SLUG)) {
            problems.put("slug", "fachtag.slug.invalid");
        } else if (s.length() > 63) {
            problems.put("slug", "fachtag.text.tooLong");
        } else if (exists(s)) {
            problems.put("slug", "fachtag.event.slugTaken");
        }
        if (de == null) {
            problems.put("titleDe", "fachtag.required");
        } else if (de.length() > 300) {
            problems.put("titleDe", "fachtag.text.tooLong");
        }
        if (en != null && en.length() > 300) {
            problems.put("titleEn", "fachtag.text.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
        int position = em.createNamedQuery("EventSeries.all", EventSeries.class)
                .getResultList()
                .size();
        EventSeries series = new EventSeries(s);
        series.describe(new LocalizedString(de, en), null, position);
        em.persist(series);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // someone added the same slug in the meantime: the unique key (tenant_id, slug) refused it
            throw new RejectedInputException(Map.of("slug", "fachtag.event.slugTaken"));
        }
        return s;
    }

    private boolean exists(String slug) {
        return em.createNamedQuery("EventSeries.bySlug", EventSeries.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .isPresent();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
