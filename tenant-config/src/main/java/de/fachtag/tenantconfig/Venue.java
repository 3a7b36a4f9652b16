package de.fachtag.tenantconfig;

import jakarta.validation.constraints.Pattern;

/**
 * Where an event takes place (Veranstaltungsort). Every part is optional on its own, but
 * {@link EventRules} wants a name or at least a city: some sources say no more than "in
 * Stendal", and inventing a building would be worse than leaving it out.
 */
public class Venue {

    /** "Deutsches Brennstoffinstitut (DBI)", "Literaturhaus Halle". */
    private String name;

    private String street;

    @Pattern(regexp = "^[0-9]{5}$", message = "must be five digits, e.g. '09599'")
    private String postcode;

    private String city;

    /** Where inside: "Tagungszentrum", "Haus C". */
    private String room;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
