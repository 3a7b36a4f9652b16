package de.fachtag.event;

import de.fachtag.tenancy.TenantOwned;
import de.fachtag.tenant.LocalizedString;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A workshop of the event's workshop block: code ("1", "A"), title, guiding questions in
 * order, description, audience, leads, moderation and speakers, capacity and room.
 */
@Entity
@Table(name = "workshop")
public class Workshop extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(nullable = false)
    private String code;

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

    /** One question per line, in order; German and English kept line by line. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "questions_de")),
        @AttributeOverride(name = "en", column = @Column(name = "questions_en"))
    })
    private LocalizedString questions;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "description_de")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    })
    private LocalizedString description;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "audience_de")),
        @AttributeOverride(name = "en", column = @Column(name = "audience_en"))
    })
    private LocalizedString audience;

    private Integer capacity;

    private String room;

    private int position;

    @OneToMany(mappedBy = "workshop", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Contribution> contributions = new ArrayList<>();

    protected Workshop() {}

    Workshop(Event event, String code) {
        this.event = event;
        this.code = code;
    }

    public void describe(
            LocalizedString title,
            LocalizedString subtitle,
            List<String> questionsDe,
            List<String> questionsEn,
            LocalizedString description,
            LocalizedString audience,
            Integer capacity,
            String room) {
        if (title == null || title.getDe() == null || title.getDe().isBlank()) {
            throw new EventRuleException("title", "fachtag.required");
        }
        if (capacity != null && capacity <= 0) {
            throw new EventRuleException("capacity", "fachtag.capacity.positive");
        }
        this.title = title;
        this.subtitle = subtitle;
        this.questions = new LocalizedString(join(questionsDe), join(questionsEn));
        this.description = description;
        this.audience = audience;
        this.capacity = capacity;
        this.room = Venue.blankToNull(room);
    }

    private static String join(List<String> lines) {
        if (lines == null) {
            return null;
        }
        List<String> clean = lines.stream()
                .filter(l -> l != null && !l.isBlank())
                .map(l -> l.replace('\n', ' ').strip())
                .toList();
        return clean.isEmpty() ? null : String.join("\n", clean);
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

    Workshop copyTo(Event other) {
        Workshop copy = new Workshop(other, code);
        copy.title = title;
        copy.subtitle = subtitle;
        copy.questions = questions;
        copy.description = description;
        copy.audience = audience;
        copy.capacity = capacity;
        copy.room = room;
        copy.position = position;
        contributions.forEach(c -> {
            Contribution cc = c.copy();
            cc.of(copy);
            copy.contributions.add(cc);
        });
        return copy;
    }

    void position(int position) {
        this.position = position;
    }

    /** The guiding questions in the reader's language (German when there is no translation). */
    public List<String> questions(Locale locale) {
        String text = questions == null ? null : questions.in(locale);
        return text == null ? List.of() : Arrays.asList(text.split("\n"));
    }

    public Event getEvent() {
        return event;
    }

    public String getCode() {
        return code;
    }

    public LocalizedString getTitle() {
        return title;
    }

    public LocalizedString getSubtitle() {
        return subtitle;
    }

    public LocalizedString getQuestions() {
        return questions;
    }

    public LocalizedString getDescription() {
        return description;
    }

    public LocalizedString getAudience() {
        return audience;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public String getRoom() {
        return room;
    }

    public int getPosition() {
        return position;
    }

    public List<Contribution> getContributions() {
        return List.copyOf(contributions);
    }
}
