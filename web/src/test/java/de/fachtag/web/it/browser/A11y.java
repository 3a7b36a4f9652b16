package de.fachtag.web.it.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The WCAG 2.1 AA check of a page with Deque's axe-core (the copy shipped inside
 * {@code com.deque.html.axe-core:selenium}, no npm needed).
 *
 * <p>Besides axe's violations it fails on one thing axe only lists as "needs review": an
 * {@code aria-describedby}, {@code aria-labelledby}, {@code aria-errormessage} or
 * {@code label for} that points at an id missing from the page. Axe cannot know whether a
 * script adds the element later; our pages are rendered on the server, so a dangling
 * reference is a defect (the error text is not read out with its field).
 */
public final class A11y {

    /** WCAG 2.0 and 2.1, levels A and AA: what BITV 2.0 / EN 301 549 require of the web pages. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String DANGLING_ID_REFERENCES = """
            const problems = [];
            const attributes = ['aria-describedby', 'aria-labelledby', 'aria-errormessage'];
            for (const el of document.querySelectorAll(attributes.map(a => '[' + a + ']').join(','))) {
                for (const a of attributes) {
                    for (const id of (el.getAttribute(a) || '').split(/\\s+/).filter(Boolean)) {
                        if (!document.getElementById(id)) {
                            problems.push(a + '="' + id + '" on <' + el.localName + (el.id ? ' id="' + el.id + '"' : '')
                                + '>: no element has this id');
                        }
                    }
                }
            }
            for (const label of document.querySelectorAll('label[for]')) {
                const id = label.getAttribute('for');
                if (!document.getElementById(id)) {
                    problems.push('<label for="' + id + '">' + label.textContent.trim() + ': no element has this id');
                }
            }
            return problems;
            """;

    private A11y() {}

    /**
     * Axe for our pages: the WCAG tags, run in the page itself ({@code axe.run}, the binding's
     * "legacy mode") and reporting every node only of the violations. The binding's default
     * runs axe in each frame, opens a blank window to merge the frames' results and sends them
     * back in pieces, and lists every node that passed: about twice the time per page, for
     * pages that have at most one frame of our own (the outbox's mail preview, which axe.run
     * still checks). A rule that passed is still listed, with one node, so that "axe checked
     * nothing" stays detectable.
     */
    private static AxeBuilder axe() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // the options first: withOptions replaces what withTags sets (runOnly)
        return new AxeBuilder().withOptions(options).withTags(TAGS).setLegacyMode(true);
    }

    /** Loads {@code url} and asserts that the page has no WCAG 2.1 A/AA violation. */
    public static void assertNoViolations(WebDriver driver, String url) {
        driver.get(url);
        assertNoViolations(driver);
    }

    /** Asserts the page as it is now (after a form post, say) has no WCAG 2.1 A/AA violation. */
    public static void assertNoViolations(WebDriver driver) {
        String url = driver.getCurrentUrl();
        Results results = axe().analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + url + ": " + results.getErrorMessage());
        }
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new AssertionError("axe checked nothing on " + url + " (an empty page?)");
        }
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder text = new StringBuilder()
                    .append(rule.getId())
                    .append(" [")
                    .append(rule.getImpact())
                    .append("] ")
                    .append(rule.getHelp())
                    .append(" (")
                    .append(rule.getHelpUrl())
                    .append(')');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n      at ")
                        .append(node.getTarget())
                        .append("\n         ")
                        .append(abbreviate(node.getHtml()))
                        .append("\n         ")
                        .append(indent(node.getFailureSummary()));
            }
            problems.add(text.toString());
        }
        @SuppressWarnings("unchecked")
        List<String> dangling = (List<String>) ((JavascriptExecutor) driver).executeScript(DANGLING_ID_REFERENCES);
        for (String d : dangling) {
            problems.add("dangling-id-reference [serious] (not axe: an IDREF to a missing element; axe only lists it"
                    + " under 'needs review') " + d);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " accessibility violation(s) (" + String.join(", ", TAGS)
                    + ") on " + url + ":\n  - " + String.join("\n  - ", problems));
        }
    }

    private static String abbreviate(String html) {
        if (html == null) {
            return "";
        }
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }

    private static String indent(String text) {
        return text == null ? "" : text.strip().replace("\n", "\n         ");
    }
}
