package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One point of the programme (Ablauf, Programmpunkt). Times are local times of the event's
 * day; {@link EventRules} keeps them inside the event's hours and in the order of the day.
 */
public class AgendaItemDefinition {

    @NotNull(message = "must be a time like 09:15")
    private LocalTime start;

    @NotNull(message = "must be a time like 09:15")
    private LocalTime end;

    @NotNull(
            message = "must be one of ARRIVAL, WELCOME, GREETING, INPUT_TALK, PANEL, BREAK, LUNCH,"
                    + " WORKSHOP_BLOCK, EVALUATION, CLOSING")
    private AgendaItemKind kind;

    /** As the programme prints it, e.g. "1. Input-Vortrag" or "Kaffeepause". */
    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText title;

    /** The topic under the title, e.g. "5 Jahre Integrationsarbeit in Mittelsachsen – Ein Blick zurück". */
    @Valid
    private LocalizedText subtitle;

    @Valid
    private LocalizedText description;

    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotNull(message = "must not be empty") @Valid ContributionDefinition> contributions =
            new ArrayList<>();

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public void setKind(AgendaItemKind kind) {
        this.kind = kind;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(LocalizedText subtitle) {
        this.subtitle = subtitle;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public List<ContributionDefinition> getContributions() {
        return contributions;
    }

    public void setContributions(List<ContributionDefinition> contributions) {
        this.contributions = contributions;
    }
}
