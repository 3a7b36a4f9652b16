package de.fachtag.tenant;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A series of events (Veranstaltungsreihe), e.g. "Fachtag Integration Mittelsachsen". */
@Entity
@Table(name = "event_series")
@NamedQuery(name = "EventSeries.all", query = "SELECT s FROM EventSeries s ORDER BY s.position, s.slug")
@NamedQuery(name = "EventSeries.bySlug", query = "SELECT s FROM EventSeries s WHERE s.slug = :slug")
public class EventSeries extends TenantOwned {

    @Column(nullable = false)
    private String slug;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "title_de")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private LocalizedString title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "description_de")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    })
    private LocalizedString description;

    private int position;

    @Version
    private long version;

    protected EventSeries() {}

    public EventSeries(String slug) {
        this.slug = slug;
    }

    public void describe(LocalizedString title, LocalizedString description, int position) {
        this.title = title;
        this.description = description;
        this.position = position;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedString getTitle() {
        return title;
    }

    public LocalizedString getDescription() {
        return description;
    }
}
