package de.fachtag.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Collection;

/**
 * Jakarta JSON Processing through one provider, looked up once. Each static method of
 * {@code jakarta.json.Json} looks the provider up again with a {@code ServiceLoader}, which scans
 * the class path's {@code META-INF/services} of every jar: in a registration's request that took
 * more time than its seat-lock (issue 11, JFR profile of {@code bench/registrations.sh}). The
 * provider is thread-safe; so are the builders and readers it makes, one per use.
 */
public final class JsonP {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {}

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    /** An array builder holding the given values (strings, numbers, booleans, JSON values), in order. */
    public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonWriter createWriter(Writer writer) {
        return PROVIDER.createWriter(writer);
    }

    /** A writer of UTF-8 JSON to the stream. */
    public static JsonWriter createWriter(OutputStream out) {
        return PROVIDER.createWriter(out);
    }
}
