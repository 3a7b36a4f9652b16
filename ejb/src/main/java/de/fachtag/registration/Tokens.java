package de.fachtag.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The participant's private link and the badge's check-in code.
 *
 * <p>A link token is {@code {tenant}.{secret}}: the tenant slug tells the router whose
 * registration it is (like every other tenant URL), the secret is 256 random bits, and only
 * the SHA-256 of the whole token is stored, so a copy of the database opens no registration.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern TOKEN_IN_TEXT =
            java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private Tokens() {}

    /** A new token for a tenant's registration. */
    public static String newToken(String tenant) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return tenant + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The tenant a token names, if it has the shape of one. */
    public static Optional<String> tenantOf(String token) {
        if (token == null || !token.matches("[a-z0-9]+(-[a-z0-9]+)*\\.[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return Optional.of(token.substring(0, token.indexOf('.')));
    }

    /**
     * The text with every private-link token in it replaced by "…" (a page address such as
     * {@code /r/{token}} that a feedback form or a log would otherwise keep).
     */
    public static String redact(String text) {
        return text == null ? null : TOKEN_IN_TEXT.matcher(text).replaceAll("…");
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A check-in code: 10 characters that cannot be misread (no 0/O, 1/I/L), about 49 bits. */
    public static String newCheckinCode() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** A typed-in code as stored: upper case, without spaces or dashes. */
    public static String normalizeCheckinCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
