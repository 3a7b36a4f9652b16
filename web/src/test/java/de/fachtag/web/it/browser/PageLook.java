package de.fachtag.web.it.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * What a person sees of a page, checked the same way on every page (issue 12, "How to check
 * it"): a full-page screenshot (JPEG) into {@code target/screenshots/} for a reviewer to look at,
 * nothing that makes the page scroll sideways, no table cut off or scrolled inside its box,
 * axe-core without violations, and a focus
 * indicator of at least 3:1 against the background behind it on every element reached by Tab
 * (computed from the computed styles: the outline's and the box-shadow's colours, the better of
 * the two, against the first opaque background of the element's ancestors).
 */
public final class PageLook {

    /** Widths every page is looked at: a desk and a phone. */
    public static final int[] WIDTHS = {1280, 390};

    /** Tab stops checked per page: the header, the navigation and the first part of the content. */
    static final int TAB_STOPS = 30;

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([0-9.]+))?\\)");

    /**
     * Starts recording, for each element that gets the focus from now on, what its focus
     * indicator looks like at that moment (read in the {@code focusin} handler, so that a row
     * of Tab presses can be sent in one go): the element, its outline's style, width and colour,
     * its box-shadow, the first opaque background behind it and whether it is shown.
     */
    private static final String RECORD_FOCUS = """
            if (document.activeElement) { document.activeElement.blur(); }
            window.scrollTo(0, 0);
            window.__fachtagRings = [];
            window.__fachtagRing = function (event) {
                var e = event.target;
                if (!e || e === document.body || e === document.documentElement || !e.localName) { return; }
                var cs = getComputedStyle(e), n = e.parentElement, bg = null;
                while (n && !bg) {
                    var c = getComputedStyle(n).backgroundColor;
                    if (c && c !== 'transparent' && !/, 0\\)$/.test(c)) { bg = c; }
                    n = n.parentElement;
                }
                var name = '<' + e.localName + (e.id ? ' id="' + e.id + '"' : '') + '> '
                    + (e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').substring(0, 40);
                var r = e.getBoundingClientRect();
                window.__fachtagRings.push([name, cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.boxShadow,
                    bg || 'rgb(255, 255, 255)', r.width > 0 || r.height > 0 ? 'shown' : 'hidden']);
            };
            document.addEventListener('focusin', window.__fachtagRing, true);
            """;

    /** Stops recording and returns what {@link #RECORD_FOCUS} recorded, in focus order. */
    private static final String RECORDED_FOCUS = """
            document.removeEventListener('focusin', window.__fachtagRing, true);
            var rings = window.__fachtagRings || [];
            delete window.__fachtagRings; delete window.__fachtagRing;
            if (document.activeElement) { document.activeElement.blur(); }
            window.scrollTo(0, 0);
            return rings;
            """;

    /**
     * Tables wider than the page or than their box (a clerk would have to scroll inside them to
     * reach the last columns), except inside a scroll region made for it (one with a tabindex, as
     * the report's wide figure tables, which the keyboard can scroll).
     */
    private static final String CUT_TABLES = """
            var w = document.documentElement.clientWidth, out = [];
            document.querySelectorAll('table').forEach(function (t) {
                var r = t.getBoundingClientRect();
                if (r.width === 0 || t.closest('[tabindex]')) { return; }
                var box = t.parentElement;
                if (r.right > w + 1 || (box && box.scrollWidth > box.clientWidth + 1)) {
                    out.push((t.id || t.className || 'table') + ': ' + Math.round(r.width) + ' px in a box of '
                        + (box ? box.clientWidth : w) + ' px');
                }
            });
            return out;
            """;

    private PageLook() {}

    /**
     * Looks at the page the browser shows now, at the width it is laid out at: screenshot as
     * {@code name-width.jpg}, no sideways scroll, axe-core, focus rings.
     */
    public static void check(Browser browser, String name, int width) {
        WebDriver d = browser.driver();
        Browser.waitForPage(d, u -> true);
        browser.screenshot(Path.of("target", "screenshots", name + "-" + width + ".jpg"));
        long overflow = ((Number) ((JavascriptExecutor) d)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
        if (overflow > 0) {
            throw new AssertionError(
                    name + " at " + width + " px scrolls sideways by " + overflow + " px: " + wideElements(d));
        }
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) ((JavascriptExecutor) d).executeScript(CUT_TABLES);
        if (!cut.isEmpty()) {
            throw new AssertionError(name + " at " + width + " px: tables cut off or scrolled inside the page: " + cut);
        }
        A11y.assertNoViolations(d);
        List<String> weak = weakFocusRings(d);
        if (!weak.isEmpty()) {
            throw new AssertionError(
                    name + " at " + width + " px: focus indicators below 3:1:\n  " + String.join("\n  ", weak));
        }
    }

    /** Loads {@code url} at each of {@link #WIDTHS} and {@link #check checks} it; the browser is left at 1280 px. */
    public static void atBothWidths(Browser browser, String url, String name) {
        try {
            for (int width : WIDTHS) {
                browser.emulateWidth(width, 900);
                browser.driver().get(url);
                check(browser, name, width);
            }
        } finally {
            browser.emulateWidth(Browser.WIDTH, 1000);
        }
    }

    /** The elements whose right edge lies beyond the viewport (for the failure message). */
    private static String wideElements(WebDriver d) {
        Object found = ((JavascriptExecutor) d).executeScript("""
                var w = document.documentElement.clientWidth, out = [];
                function clipped(e) {
                    for (var n = e.parentElement; n && n !== document.body; n = n.parentElement) {
                        if (getComputedStyle(n).overflowX !== 'visible') { return true; }
                    }
                    return false;
                }
                function name(e) {
                    return '<' + e.localName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                        ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '') + '>';
                }
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > w + 1 && out.length < 8 && !clipped(e)) {
                        out.push(name(e) + ' right=' + Math.round(r.right));
                    }
                });
                if (out.length === 0) {
                    // an absolutely positioned element escapes a scroll box that is not its containing block
                    document.querySelectorAll('body *').forEach(function (e) {
                        var r = e.getBoundingClientRect();
                        if (r.right > w + 1 && out.length < 8 && getComputedStyle(e).position === 'absolute') {
                            out.push(name(e) + ' (absolute, escapes its scroll box) right=' + Math.round(r.right));
                        }
                    });
                }
                return out.join(', ');
                """);
        return String.valueOf(found);
    }

    /**
     * Presses Tab from the top of the page up to {@link #TAB_STOPS} times and gives each focused
     * element whose indicator has less than 3:1 against its background. The presses go to the
     * browser as one sequence of key events and each indicator is read as its element gets the
     * focus: two round trips to the browser per page instead of two per Tab (issue 11).
     */
    static List<String> weakFocusRings(WebDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        // two frames first: an autofocus waits for the page's next rendering, and if it came after
        // the blur below, the Tabs would start at that field, leave the page at its end and come
        // back to its top from the browser's own controls, where no focus ring is drawn
        js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
        js.executeScript(RECORD_FOCUS);
        Actions tabs = new Actions(d);
        for (int i = 0; i < TAB_STOPS; i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        @SuppressWarnings("unchecked")
        List<List<String>> rings = (List<List<String>>) js.executeScript(RECORDED_FOCUS);
        List<String> weak = new ArrayList<>();
        String first = null;
        for (List<String> ring : rings) {
            if (ring.get(0).equals(first)) {
                break; // round the page once
            }
            if (first == null) {
                first = ring.get(0);
            }
            if (!"shown".equals(ring.get(6))) {
                continue;
            }
            double best = ratio(ring);
            if (best < 3) {
                weak.add(ring.get(0) + ": " + String.format(java.util.Locale.ROOT, "%.2f", best) + ":1 (outline "
                        + ring.get(1) + " " + ring.get(2) + " " + ring.get(3) + ", box-shadow " + ring.get(4)
                        + ", background " + ring.get(5) + ")");
            }
        }
        return weak;
    }

    /** The better contrast of outline and box-shadow against the background; 0 without either. */
    static double ratio(List<String> ring) {
        int[] ground = rgb(ring.get(5));
        double best = 0;
        if (!"none".equals(ring.get(1)) && !ring.get(2).startsWith("0")) {
            best = contrast(rgb(ring.get(3)), ground);
        }
        String shadow = ring.get(4);
        if (shadow != null && !"none".equals(shadow) && RGB.matcher(shadow).find()) {
            best = Math.max(best, contrast(rgb(shadow), ground));
        }
        return best;
    }

    static int[] rgb(String css) {
        Matcher m = RGB.matcher(css);
        if (!m.find()) {
            throw new AssertionError("no colour in " + css);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    /** WCAG 2.x contrast ratio. */
    public static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }
}
