package de.fachtag.web.it.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.json.Json;

/**
 * The W3C Nu HTML checker, embedded (no network): the errors it finds in a page's HTML as the
 * server sent it. Beside axe-core, it catches what axe does not flag, such as a native radio
 * with {@code role="presentation"} and no {@code aria-checked}.
 */
public final class NuChecker {

    private NuChecker() {}

    /** "line: message" for each error (warnings and info are not counted). */
    public static List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        String out;
        try {
            out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | org.xml.sax.SAXException e) {
            throw new AssertionError("the Nu checker could not run", e);
        }
        List<String> errors = new ArrayList<>();
        Map<String, Object> report = new Json().toType(out, Json.MAP_TYPE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages = (List<Map<String, Object>>) report.getOrDefault("messages", List.of());
        for (Map<String, Object> m : messages) {
            Object type = m.get("type");
            if ("error".equals(type) || "non-document-error".equals(type)) {
                errors.add(m.get("lastLine") + ": " + m.get("message") + " [" + m.get("extract") + "]");
            }
        }
        return errors;
    }
}
