package de.fachtag.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The focus-ring check of {@link PageLook} on a page of its own (no server): it finds the one
 * control whose indicator is too faint, in focus order, skips what is hidden, and stops after
 * one round of the page.
 */
class PageLookTest {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void quit() {
        browser.quit();
    }

    @Test
    void weakFocusRingsNamesTheFaintIndicatorOnly() {
        String page = """
                <!DOCTYPE html><html lang="de"><head><title>Fokus</title><style>
                body { background: #fff; }
                a:focus, button:focus { outline: 3px solid #1a4f8b; }
                #faint:focus { outline: 1px solid #eeeeee; }
                #shadow:focus { outline: none; box-shadow: 0 0 0 3px #000000; }
                </style></head><body>
                <a id="first" href="#a">Erster Link</a>
                <button id="faint">Blass</button>
                <button id="hidden" style="position:absolute;width:0;height:0;overflow:hidden;padding:0;border:0">Versteckt</button>
                <button id="shadow">Schatten</button>
                <a id="last" href="#b">Letzter Link</a>
                </body></html>
                """;
        browser.driver()
                .get("data:text/html;charset=utf-8,"
                        + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));

        List<String> weak = PageLook.weakFocusRings(browser.driver());

        assertThat(weak).hasSize(1);
        assertThat(weak.get(0)).startsWith("<button id=\"faint\"> Blass: 1.16:1");
    }
}
