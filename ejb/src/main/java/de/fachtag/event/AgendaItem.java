package de.fachtag.event;

import de.fachtag.tenancy.TenantOwned;
import de.fachtag.tenant.LocalizedString;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A point of the programme (Programmpunkt): "09:00–09:15 Begrüßung, Grußwort: …". */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgendaItemKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "title_de")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private LocalizedString title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "subtitle_de")),
        @AttributeOverride(name = "en", column = @Column(name = "subtitle_en"))
    })
    private LocalizedString subtitle;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "description_de")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    })
    private LocalizedString description;

    private int position;

    @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Contribution> contributions = new ArrayList<>();

    protected AgendaItem() {}

    AgendaItem(
            Event event,
            LocalTime start,
            LocalTime end,
            AgendaItemKind kind,
            LocalizedString title,
            LocalizedString subtitle,
            LocalizedString description) {
        this.event = event;
        describe(start, end, kind, title, subtitle, description);
    }

    final void describe(
            LocalTime start,
            LocalTime end,
            AgendaItemKind kind,
            LocalizedString title,
            LocalizedString subtitle,
            LocalizedString description) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new EventRuleException("end", "fachtag.agenda.endBeforeStart");
        }
        if (kind == null) {
            throw new EventRuleException("kind", "fachtag.required");
        }
        if (title == null || title.getDe() == null || title.getDe().isBlank()) {
            throw new EventRuleException("title", "fachtag.required");
        }
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.title = title;
        this.subtitle = subtitle;
        this.description = description;
    }

    public Contribution addContribution(
            String person, String organisation, String function, ContributionRole role, ContributionStatus status) {
        Contribution c = new Contribution(person, organisation, function, role, status, contributions.size());
        c.of(this);
        contributions.add(c);
        return c;
    }

    public void removeContribution(Contribution c) {
        contributions.remove(c);
    }

    AgendaItem copyTo(Event other) {
        AgendaItem copy = new AgendaItem(other, start, end, kind, title, subtitle, description);
        contributions.forEach(c -> {
            Contribution cc = c.copy();
            cc.of(copy);
            copy.contributions.add(cc);
        });
        return copy;
    }

    boolean overlaps(AgendaItem other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    void position(int position) {
        this.position = position;
    }

    public Event getEvent() {
        return event;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public LocalizedString getTitle() {
        return title;
    }

    public LocalizedString getSubtitle() {
        return subtitle;
    }

    public LocalizedString getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public List<Contribution> getContributions() {
        return List.copyOf(contributions);
    }
}
