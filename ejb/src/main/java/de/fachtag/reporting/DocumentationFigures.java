package de.fachtag.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a published documentation says about who came, per workshop: attendance (people checked
 * in, {@link Metric#ATTENDED}) and the organisations of the confirmed people by sector
 * ({@link Metric#CONFIRMED}), with the definitions of every report. The figures are the event
 * report's own ({@link EventReport}, {@link Reports#documentationFigures}) and leave the tenant
 * protected by {@link SmallCells} exactly as a funding report's ({@link FundingFigures#table}):
 * the documentation is public, so no figure about 1 to 4 people is shown, nor one that would
 * let such a figure be worked out. A suppressed figure's value never leaves this class.
 *
 * @param workshopIds     the event's workshops, in the report's order
 * @param workshopCodes   their codes, in the same order
 * @param attendance      checked-in people, one row per workshop, one column {@link Metric#ATTENDED}
 * @param sectors         the sector keys of the columns of {@code bySector} (empty: none recorded)
 * @param bySector        confirmed people per workshop (rows) and sector (columns); null without sectors
 */
public record DocumentationFigures(
        List<UUID> workshopIds,
        List<String> workshopCodes,
        FundingFigures.Table attendance,
        List<String> sectors,
        SmallCells.Protected bySector) {

    /**
     * The figures of one event: {@code byWorkshopAndSector} maps a workshop code to confirmed people
     * by sector key (empty for figures entered by hand, which do not record that split).
     */
    public static DocumentationFigures of(
            EventReport report,
            List<UUID> workshopIds,
            Map<String, Map<String, Long>> byWorkshopAndSector,
            String tenant) {
        List<EventReport.WorkshopLine> lines =
                report.byWorkshop().stream().filter(l -> !l.code().isEmpty()).toList();
        List<String> codes = lines.stream().map(EventReport.WorkshopLine::code).toList();
        if (codes.isEmpty()) {
            return new DocumentationFigures(List.of(), List.of(), null, List.of(), null);
        }
        FundingFigures.Table attendance = FundingFigures.table(
                "documentation-attendance",
                tenant,
                codes,
                lines.stream().map(EventReport.WorkshopLine::counts).toList(),
                List.of(Metric.ATTENDED),
                Metric.ATTENDED);
        TreeSet<String> sectorKeys = new TreeSet<>();
        byWorkshopAndSector.values().forEach(m -> sectorKeys.addAll(m.keySet()));
        List<String> sectors = new ArrayList<>(sectorKeys);
        SmallCells.Protected bySector = null;
        if (!sectors.isEmpty()) {
            long[][] counts = new long[codes.size()][sectors.size()];
            for (int r = 0; r < codes.size(); r++) {
                Map<String, Long> row = byWorkshopAndSector.getOrDefault(codes.get(r), Map.of());
                for (int c = 0; c < sectors.size(); c++) {
                    counts[r][c] = row.getOrDefault(sectors.get(c), 0L);
                }
            }
            bySector = SmallCells.protect(SmallCells.Table.of(tenant, counts));
        }
        return new DocumentationFigures(List.copyOf(workshopIds), codes, attendance, List.copyOf(sectors), bySector);
    }

    /** The attendance of a workshop as published ("12", "< 5", "–"), or null for a workshop the figures do not have. */
    public SmallCells.Cell attendance(UUID workshopId) {
        int row = workshopIds.indexOf(workshopId);
        return row < 0 || attendance == null ? null : attendance.cells().cell(row, 0);
    }

    /** A sector's figure of a workshop as published. */
    public record SectorFigure(String sector, SmallCells.Cell cell) {}

    /** The sectors of a workshop with their published figures; sectors nobody of the workshop came from are left out. */
    public List<SectorFigure> sectors(UUID workshopId) {
        int row = workshopIds.indexOf(workshopId);
        if (row < 0 || bySector == null) {
            return List.of();
        }
        List<SectorFigure> list = new ArrayList<>();
        for (int c = 0; c < sectors.size(); c++) {
            SmallCells.Cell cell = bySector.cell(row, c);
            if (!cell.shown() || cell.value() > 0) {
                list.add(new SectorFigure(sectors.get(c), cell));
            }
        }
        return list;
    }
}
