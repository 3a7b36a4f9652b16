package de.fachtag.tenantconfig;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * The tenant's first administrator. Only the address: tenant files are checked into version
 * control, so a password never goes here; the importer sets one from the environment or
 * sends an invitation.
 */
public class AdminAccount {

    @NotBlank(message = "must not be blank")
    @Email(message = "must be an email address")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
