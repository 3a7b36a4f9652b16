package de.fachtag.tenant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An SVG logo that runs or loads anything is refused. */
class LogoCheckTest {

    private static boolean active(String svg) {
        return TenantSettingsService.activeSvg(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scriptsHandlersAndOutsideReferencesAreActive() {
        assertTrue(active("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        assertTrue(active("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        assertTrue(active("<svg><a href=\"javascript:alert(1)\"><rect/></a></svg>"));
        assertTrue(active("<svg><foreignObject><div/></foreignObject></svg>"));
        assertTrue(active("<svg><image href=\"https://example.org/x.png\"/></svg>"));
        assertTrue(active("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>"));
    }

    @Test
    void aPlainDrawingIsNot() {
        assertFalse(active("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                + "<title>Logo</title><rect width=\"10\" height=\"10\" fill=\"#005a9c\"/></svg>"));
    }
}
