package de.fachtag.registration;

import java.io.Serializable;

/**
 * What the organizer's registrations table, and the lists exported from it, show: each field
 * left empty shows all. {@code photo}: {@code true} those who granted photos/videos, {@code false}
 * those who refused, withdrew or never decided (the photo list's "no photos" side).
 */
public class RegistrationFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private RegistrationStatus status;
    private ParticipationMode mode;
    private String workshop;
    private Sector sector;
    private Boolean photo;
    private String search;

    public RegistrationFilter() {}

    public static RegistrationFilter all() {
        return new RegistrationFilter();
    }

    public RegistrationFilter withStatus(RegistrationStatus s) {
        this.status = s;
        return this;
    }

    public RegistrationFilter withMode(ParticipationMode m) {
        this.mode = m;
        return this;
    }

    public RegistrationFilter withWorkshop(String code) {
        this.workshop = code;
        return this;
    }

    public RegistrationFilter withSector(Sector s) {
        this.sector = s;
        return this;
    }

    public RegistrationFilter withPhoto(Boolean p) {
        this.photo = p;
        return this;
    }

    public RegistrationFilter withSearch(String q) {
        this.search = q;
        return this;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public ParticipationMode getMode() {
        return mode;
    }

    public void setMode(ParticipationMode mode) {
        this.mode = mode;
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Boolean getPhoto() {
        return photo;
    }

    public void setPhoto(Boolean photo) {
        this.photo = photo;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
