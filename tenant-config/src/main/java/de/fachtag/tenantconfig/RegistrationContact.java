package de.fachtag.tenantconfig;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Where people register or ask about registering, as the invitation prints it. Not the
 * tenant's general contact: the Mittelsachsen invitation writes the phone number its own way
 * ("+49 (0) 3731 / 799 3683"), and an association may name a project's mailbox.
 */
public class RegistrationContact {

    @NotBlank(message = "must not be blank")
    @Email(message = "must be an email address")
    private String email;

    @Pattern(regexp = Contact.PHONE_PATTERN, message = Contact.PHONE_MESSAGE)
    private String phone;

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
}
