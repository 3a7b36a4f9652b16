package de.fachtag.feedback;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the feedback form takes. Everything but the message is optional. */
public class FeedbackForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 500, message = "{fachtag.text.tooLong}")
    private String page;

    @NotBlank(message = "{fachtag.feedback.message.required}")
    @Size(max = 5000, message = "{fachtag.text.tooLong}")
    private String message;

    @Size(max = 200, message = "{fachtag.text.tooLong}")
    private String name;

    @Email(message = "{fachtag.email.invalid}")
    @Size(max = 254, message = "{fachtag.text.tooLong}")
    private String email;

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
