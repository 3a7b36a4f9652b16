package de.fachtag.event;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The event editor's form. Dates and times are local to the event's time zone, as organizers
 * think of them; the service converts the registration deadlines to instants.
 */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @NotBlank(message = "{fachtag.required}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{fachtag.slug.invalid}")
    @Size(max = 63, message = "{fachtag.text.tooLong}")
    private String slug;

    private String seriesSlug;

    @Min(value = 1, message = "{fachtag.capacity.positive}")
    @Max(value = 999, message = "{fachtag.capacity.positive}")
    private Integer edition;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String titleDe;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String titleEn;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String mottoDe;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String mottoEn;

    @Size(max = 10000, message = "{fachtag.text.tooLong}")
    private String goalDe;

    @Size(max = 10000, message = "{fachtag.text.tooLong}")
    private String goalEn;

    @Size(max = 20000, message = "{fachtag.text.tooLong}")
    private String descriptionDe;

    @Size(max = 20000, message = "{fachtag.text.tooLong}")
    private String descriptionEn;

    private LocalDate date;

    @NotNull(message = "{fachtag.required}")
    private LocalTime start;

    @NotNull(message = "{fachtag.required}")
    private LocalTime end;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String venueName;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String venueStreet;

    @Pattern(regexp = "(\\d{5})?", message = "{fachtag.postcode.invalid}")
    private String venuePostcode;

    @Size(max = 120, message = "{fachtag.text.tooLong}")
    private String venueCity;

    @Size(max = 120, message = "{fachtag.text.tooLong}")
    private String venueRoom;

    @Size(max = 2000, message = "{fachtag.text.tooLong}")
    private String cateringNoteDe;

    @NotNull(message = "{fachtag.required}")
    private EventFormat format = EventFormat.ON_SITE;

    @Size(max = 2000, message = "{fachtag.text.tooLong}")
    private String livestreamNoteDe;

    @Size(max = 2000, message = "{fachtag.text.tooLong}")
    private String recordingNoticeDe;

    @Size(max = 500, message = "{fachtag.text.tooLong}")
    private String changeReservationDe;
    /** One organisation per line. */
    @Size(max = 2000, message = "{fachtag.text.tooLong}")
    private String organizingGroup;

    @Size(max = 2000, message = "{fachtag.text.tooLong}")
    private String supporters;

    @Email(message = "{fachtag.email.invalid}")
    @Size(max = 254, message = "{fachtag.text.tooLong}")
    private String contactEmail;

    @Pattern(regexp = "[+0-9 ()/-]{0,40}", message = "{fachtag.phone.invalid}")
    private String contactPhone;

    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private LocalDateTime livestreamCloses;

    @Min(value = 1, message = "{fachtag.capacity.positive}")
    @Max(value = 100000, message = "{fachtag.capacity.positive}")
    private Integer seats;

    @Min(value = 1, message = "{fachtag.capacity.positive}")
    @Max(value = 100000, message = "{fachtag.capacity.positive}")
    private Integer livestreamSeats;

    @Size(max = 500, message = "{fachtag.text.tooLong}")
    @Pattern(regexp = "(https://\\S+)?", message = "{fachtag.website.invalid}")
    private String livestreamUrl;

    @Min(value = 0, message = "{fachtag.capacity.positive}")
    @Max(value = 10080, message = "{fachtag.capacity.positive}")
    private Integer livestreamLinkLeadMinutes = 60;

    private List<String> funderKeys = new ArrayList<>();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSeriesSlug() {
        return seriesSlug;
    }

    public void setSeriesSlug(String seriesSlug) {
        this.seriesSlug = seriesSlug;
    }

    public Integer getEdition() {
        return edition;
    }

    public void setEdition(Integer edition) {
        this.edition = edition;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getMottoDe() {
        return mottoDe;
    }

    public void setMottoDe(String mottoDe) {
        this.mottoDe = mottoDe;
    }

    public String getMottoEn() {
        return mottoEn;
    }

    public void setMottoEn(String mottoEn) {
        this.mottoEn = mottoEn;
    }

    public String getGoalDe() {
        return goalDe;
    }

    public void setGoalDe(String goalDe) {
        this.goalDe = goalDe;
    }

    public String getGoalEn() {
        return goalEn;
    }

    public void setGoalEn(String goalEn) {
        this.goalEn = goalEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

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

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueStreet() {
        return venueStreet;
    }

    public void setVenueStreet(String venueStreet) {
        this.venueStreet = venueStreet;
    }

    public String getVenuePostcode() {
        return venuePostcode;
    }

    public void setVenuePostcode(String venuePostcode) {
        this.venuePostcode = venuePostcode;
    }

    public String getVenueCity() {
        return venueCity;
    }

    public void setVenueCity(String venueCity) {
        this.venueCity = venueCity;
    }

    public String getVenueRoom() {
        return venueRoom;
    }

    public void setVenueRoom(String venueRoom) {
        this.venueRoom = venueRoom;
    }

    public String getCateringNoteDe() {
        return cateringNoteDe;
    }

    public void setCateringNoteDe(String cateringNoteDe) {
        this.cateringNoteDe = cateringNoteDe;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    public String getLivestreamNoteDe() {
        return livestreamNoteDe;
    }

    public void setLivestreamNoteDe(String livestreamNoteDe) {
        this.livestreamNoteDe = livestreamNoteDe;
    }

    public String getRecordingNoticeDe() {
        return recordingNoticeDe;
    }

    public void setRecordingNoticeDe(String recordingNoticeDe) {
        this.recordingNoticeDe = recordingNoticeDe;
    }

    public String getChangeReservationDe() {
        return changeReservationDe;
    }

    public void setChangeReservationDe(String changeReservationDe) {
        this.changeReservationDe = changeReservationDe;
    }

    public String getOrganizingGroup() {
        return organizingGroup;
    }

    public void setOrganizingGroup(String organizingGroup) {
        this.organizingGroup = organizingGroup;
    }

    public String getSupporters() {
        return supporters;
    }

    public void setSupporters(String supporters) {
        this.supporters = supporters;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public LocalDateTime getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDateTime registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public LocalDateTime getLivestreamCloses() {
        return livestreamCloses;
    }

    public void setLivestreamCloses(LocalDateTime livestreamCloses) {
        this.livestreamCloses = livestreamCloses;
    }

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

    public Integer getLivestreamLinkLeadMinutes() {
        return livestreamLinkLeadMinutes;
    }

    public void setLivestreamLinkLeadMinutes(Integer minutes) {
        this.livestreamLinkLeadMinutes = minutes;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public List<String> getFunderKeys() {
        return funderKeys;
    }

    public void setFunderKeys(List<String> funderKeys) {
        this.funderKeys = funderKeys;
    }
}
