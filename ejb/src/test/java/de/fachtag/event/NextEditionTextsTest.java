package de.fachtag.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.tenant.LocalizedString;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copying an edition with "replace number and year": whole numbers only, both languages, and which texts changed. */
class NextEditionTextsTest {

    private static Event seventh() {
        Event e = new Event(
                "fachtag-2025",
                new LocalizedString("7. Fachtag Integration 2025", "7th Integration Day 2025"),
                LocalTime.of(9, 0),
                LocalTime.of(16, 0));
        e.schedule(LocalDate.of(2025, 10, 7), LocalTime.of(9, 0), LocalTime.of(16, 0), "Europe/Berlin");
        e.partOf(null, 7);
        e.rename(
                e.getTitle(),
                new LocalizedString("Seit 2017: 17 Träger, 7. Mal dabei", null),
                new LocalizedString("Kein Jahr hier", null),
                null);
        return e;
    }

    @Test
    void editionNumberAndYearAreReplacedWhereTheyOccurAsWholeNumbers() {
        List<String> changed = new ArrayList<>();
        Event next = seventh().nextEdition("fachtag-2026", true, changed);
        assertEquals("8. Fachtag Integration 2026", next.getTitle().getDe());
        assertEquals("8th Integration Day 2026", next.getTitle().getEn());
        assertEquals("Seit 2017: 17 Träger, 8. Mal dabei", next.getMotto().getDe(), "17 and 2017 are other numbers");
        assertEquals("Kein Jahr hier", next.getGoal().getDe());
        assertEquals(Integer.valueOf(8), next.getEdition());
        assertEquals(List.of("title", "motto"), changed);
    }

    @Test
    void withoutReplacingTheTextsStayAsTheyAre() {
        Event seventh = seventh();
        List<String> changed = new ArrayList<>();
        Event next = seventh.nextEdition("fachtag-2026", false, changed);
        assertSame(seventh.getTitle(), next.getTitle());
        assertTrue(changed.isEmpty());
    }
}
