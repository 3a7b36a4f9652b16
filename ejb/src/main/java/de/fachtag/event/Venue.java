package de.fachtag.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Where an event takes place: "Deutsches Brennstoffinstitut (DBI), Halsbrücker Straße 34, 09599 Freiberg". */
@Embeddable
public class Venue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "venue_name")
    private String name;

    @Column(name = "venue_street")
    private String street;

    @Column(name = "venue_postcode")
    private String postcode;

    @Column(name = "venue_city")
    private String city;

    @Column(name = "venue_room")
    private String room;

    protected Venue() {}

    public Venue(String name, String street, String postcode, String city, String room) {
        this.name = blankToNull(name);
        this.street = blankToNull(street);
        this.postcode = blankToNull(postcode);
        this.city = blankToNull(city);
        this.room = blankToNull(room);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    public String getRoom() {
        return room;
    }
}
