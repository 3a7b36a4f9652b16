package de.fachtag.results;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Read models of the organizer's work on drafts: attachments, saved versions, paragraph comments. */
public final class Drafts {

    private Drafts() {}

    /** An attachment of a result as the page lists it (the file itself comes from {@link ResultsEditing#attachmentFile}). */
    public record AttachmentView(
            UUID id, UUID resultId, String fileName, String contentType, String altDe, String altEn)
            implements Serializable {}

    /** The stored file of an attachment. */
    public record AttachmentFile(String fileName, String contentType, byte[] content, String altDe) {}

    /** One saved version: the change log names who saved it and when. */
    public record VersionView(
            int version, String titleDe, String titleEn, String textDe, String textEn, String savedBy, Instant savedAt)
            implements Serializable {}

    /** A comment on a paragraph (0-based) of a version. */
    public record CommentView(UUID id, int version, int paragraph, String text, String author, Instant createdAt)
            implements Serializable {}

    /** The paragraphs of a text: separated by blank lines, stripped, none empty. */
    public static java.util.List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
