package de.fachtag.mail;

/**
 * A rendered mail: subject, plain text, an HTML alternative and, for confirmations, the event
 * as a calendar file (name, type and bytes all null when there is none).
 */
public record ComposedMail(
        String subject, String text, String html, String attachmentName, String attachmentType, byte[] attachment) {

    public boolean hasAttachment() {
        return attachment != null;
    }
}
