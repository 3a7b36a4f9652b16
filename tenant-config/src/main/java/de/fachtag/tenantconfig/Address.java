package de.fachtag.tenantconfig;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Postal address of a tenant as printed in its imprint and on its pages. */
public class Address {

    @NotBlank(message = "must not be blank")
    private String organisation;

    /** The department that actually runs the events, e.g. a Stabsbereich; optional. */
    private String unit;

    @NotBlank(message = "must not be blank")
    private String street;

    @NotBlank(message = "must not be blank")
    @Pattern(regexp = "^[0-9]{5}$", message = "must be five digits, e.g. '09599'")
    private String postcode;

    @NotBlank(message = "must not be blank")
    private String city;

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
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
}
