package de.fachtag.web.organizer;

import de.fachtag.event.EventView.AgendaItemView;
import java.io.Serializable;

/**
 * One programme item on the agenda editor's timeline: the item, how long it runs (its height
 * on the timeline is proportional to that) and whether it overlaps another item.
 */
public record EventTimelineRow(AgendaItemView item, int minutes, boolean overlapping) implements Serializable {

    /** Height of the item on the timeline, in rem: an hour is 6 rem, no item less than 4.5 rem. */
    public String height() {
        return String.format(java.util.Locale.ROOT, "%.2frem", Math.max(4.5, minutes / 15.0 * 1.5));
    }
}
