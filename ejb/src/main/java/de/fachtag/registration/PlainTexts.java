package de.fachtag.registration;

/** The character rules of {@link PlainText}, also for callers outside bean validation. */
public final class PlainTexts {

    private PlainTexts() {}

    public static boolean isPlain(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL
                    || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069'
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
