package de.fachtag.tenantconfig;

import jakarta.validation.constraints.Positive;
import java.time.LocalDateTime;

/**
 * When registration (Anmeldung) is open and how many can come on site. Times are local to
 * the event's time zone, as the invitation prints them ("bis 24. September 2021"). Every
 * value is optional: a source that says only "Die Teilnehmeranzahl ist begrenzt" gives no
 * number, and the file must not make one up. {@link EventRules} checks them against the
 * event's date and end.
 */
public class RegistrationSettings {

    private LocalDateTime opens;

    /** End of on-site registration; not after the event's end. */
    private LocalDateTime closes;

    /** End of livestream registration; may be later than {@code closes}, not after the event's end. */
    private LocalDateTime livestreamCloses;

    /** On-site seats; empty when the source gives no number. */
    @Positive(message = "must be a positive whole number")
    private Integer seats;

    /** Livestream places; empty: no limit. */
    @Positive(message = "must be a positive whole number")
    private Integer livestreamSeats;

    /** Where the livestream is watched; mailed to livestream participants before the start. */
    @jakarta.validation.constraints.Pattern(regexp = "https://\\S+", message = "must be an https:// address")
    private String livestreamUrl;

    /** Minutes before the start the livestream link is mailed; default 60. */
    @jakarta.validation.constraints.Min(value = 0, message = "must be between 0 and 10080")
    @jakarta.validation.constraints.Max(value = 10080, message = "must be between 0 and 10080")
    private Integer livestreamLinkLeadMinutes = 60;

    public Integer getLivestreamSeats() {
        return livestreamSeats;
    }

    public void setLivestreamSeats(Integer livestreamSeats) {
        this.livestreamSeats = livestreamSeats;
    }

    public String getLivestreamUrl() {
        return livestreamUrl;
    }

    public void setLivestreamUrl(String livestreamUrl) {
        this.livestreamUrl = livestreamUrl;
    }

    public int getLivestreamLinkLeadMinutes() {
        return livestreamLinkLeadMinutes == null ? 60 : livestreamLinkLeadMinutes;
    }

    public void setLivestreamLinkLeadMinutes(Integer minutes) {
        this.livestreamLinkLeadMinutes = minutes;
    }

    public LocalDateTime getOpens() {
        return opens;
    }

    public void setOpens(LocalDateTime opens) {
        this.opens = opens;
    }

    public LocalDateTime getCloses() {
        return closes;
    }

    public void setCloses(LocalDateTime closes) {
        this.closes = closes;
    }

    public LocalDateTime getLivestreamCloses() {
        return livestreamCloses;
    }

    public void setLivestreamCloses(LocalDateTime livestreamCloses) {
        this.livestreamCloses = livestreamCloses;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }
}
