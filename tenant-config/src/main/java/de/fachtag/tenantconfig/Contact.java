package de.fachtag.tenantconfig;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** How participants reach the tenant about its events. */
public class Contact {

    /** Digits with the separators people actually write: "+49 (0) 3731 / 799 3683". */
    static final String PHONE_PATTERN = "^\\+?[0-9][0-9 ()/-]{4,}[0-9]$";

    static final String PHONE_MESSAGE = "must be a phone number, e.g. '+49 3731 799 3683'";

    @NotBlank(message = "must not be blank")
    @Email(message = "must be an email address")
    private String email;

    @NotBlank(message = "must not be blank")
    @Pattern(regexp = PHONE_PATTERN, message = PHONE_MESSAGE)
    private String phone;

    @Pattern(regexp = "^https://\\S+$", message = "must be an https:// address")
    private String website;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
