package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A tenant's own first paragraph for one kind of registration mail, in German and optionally
 * English ("vielen Dank für Ihre Anmeldung …"). The rest of the mail (event details, private
 * link, calendar file, funding notice) stays the platform's, so no tenant can lose a part the
 * rules need.
 */
public class MailTextDefinition implements Keyed {

    @NotNull(
            message =
                    "must be one of CONFIRMATION, WAITLISTED, PROMOTED, CANCELLED, LINK_RESENT, CHANGED, LIVESTREAM_ACCESS, REMINDER")
    @Pattern(
            regexp = "CONFIRMATION|WAITLISTED|PROMOTED|CANCELLED|LINK_RESENT|CHANGED|LIVESTREAM_ACCESS|REMINDER",
            message =
                    "must be one of CONFIRMATION, WAITLISTED, PROMOTED, CANCELLED, LINK_RESENT, CHANGED, LIVESTREAM_ACCESS, REMINDER")
    private String kind;

    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText intro;

    @Override
    public String uniqueKey() {
        return kind;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalizedText getIntro() {
        return intro;
    }

    public void setIntro(LocalizedText intro) {
        this.intro = intro;
    }
}
