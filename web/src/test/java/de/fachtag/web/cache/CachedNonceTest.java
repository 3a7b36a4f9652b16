package de.fachtag.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cached page's body with a new nonce: the same bytes as replacing it in the decoded page. */
class CachedNonceTest {

    private static final String OLD = "b2xkLW5vbmNlLXZhbHVlMTIz";

    private static byte[] written(String page, String nonce, String other) throws Exception {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        var entry = PublicPageCache.Entry.of(200, Map.of(), body, nonce, 0L);
        var out = new ByteArrayOutputStream();
        entry.writeBody(out, other);
        assertThat(entry.bodyLength(other)).isEqualTo(out.size());
        return out.toByteArray();
    }

    @Test
    void everyNonceIsReplacedAndNothingElseChanges() throws Exception {
        List<String> pages = List.of(
                "<script nonce=\"" + OLD + "\">a()</script><p>Grüße aus Döbeln – „Fachtag“ ✓</p><script nonce=\"" + OLD
                        + "\">b()</script>",
                OLD + OLD + "ä" + OLD,
                "<p>no nonce here: " + OLD.substring(0, 10) + "</p>",
                "",
                "ü" + OLD);
        for (String page : pages) {
            for (String other : List.of("bmV3", "c2hvcnRlcg==", "YSBtdWNoIGxvbmdlciBub25jZSB0aGFuIGJlZm9yZQ==")) {
                assertThat(new String(written(page, OLD, other), StandardCharsets.UTF_8))
                        .as(page + " with " + other)
                        .isEqualTo(page.replace(OLD, other));
            }
        }
    }

    @Test
    void theHashIsThatOfThePageWhateverItsNonce() {
        String page = "<script nonce=\"%s\">a()</script><p>Grüße</p>";
        String other = "bmV3LW5vbmNlLXZhbHVlNDU2";
        var withOld =
                PublicPageCache.Entry.of(200, Map.of(), page.formatted(OLD).getBytes(StandardCharsets.UTF_8), OLD, 0L);
        var withOther = PublicPageCache.Entry.of(
                200, Map.of(), page.formatted(other).getBytes(StandardCharsets.UTF_8), other, 0L);
        var changed = PublicPageCache.Entry.of(
                200,
                Map.of(),
                page.formatted(OLD).replace("Grüße", "Grüsse").getBytes(StandardCharsets.UTF_8),
                OLD,
                0L);
        assertThat(withOld.hash()).hasSize(22).isEqualTo(withOther.hash()).isNotEqualTo(changed.hash());
    }

    @Test
    void aBodyWithoutNonceIsWrittenAsItIs() throws Exception {
        assertThat(PublicPageCache.Entry.offsets("x".getBytes(StandardCharsets.UTF_8), null))
                .isEmpty();
        byte[] body = "<p>ä</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(written("<p>ä</p>", null, "bmV3")).isEqualTo(body);
    }
}
