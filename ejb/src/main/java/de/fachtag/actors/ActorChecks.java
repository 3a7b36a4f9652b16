package de.fachtag.actors;

import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Area;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.actors.ActorDirectory.Task;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The quality checks the editor sees: every task x area x target group has exactly one
 * responsible actor (gaps and doubles listed), and entries not confirmed within twelve months are
 * flagged. Counted are the responsibilities valid on the day, of actors not archived.
 *
 * <p>Which combinations a task must cover: every area of the directory, for each target group its
 * responsibilities name, or the task's own target group when none names one (a task with neither
 * is listed once per area, without a group).
 */
public record ActorChecks(List<Gap> gaps, List<Doubled> doubles, List<Responsibility> stale) implements Serializable {

    /** No responsible actor for a task in an area for a target group (null: the task names none). */
    public record Gap(String task, String area, String targetGroup) implements Serializable {}

    /** More than one responsible actor for a task in an area for a target group. */
    public record Doubled(String task, String area, String targetGroup, List<String> actors) implements Serializable {}

    public boolean isClean() {
        return gaps.isEmpty() && doubles.isEmpty() && stale.isEmpty();
    }

    public static ActorChecks of(ActorDirectory d, LocalDate today) {
        Set<String> active = new LinkedHashSet<>();
        for (Actor a : d.actors()) {
            if (!a.archived()) {
                active.add(a.key());
            }
        }
        List<Responsibility> valid = d.responsibilities().stream()
                .filter(r -> active.contains(r.actor()) && r.validOn(today))
                .toList();
        List<Gap> gaps = new ArrayList<>();
        List<Doubled> doubles = new ArrayList<>();
        for (Task t : d.tasks()) {
            Set<String> groups = new LinkedHashSet<>();
            valid.stream().filter(r -> r.task().equals(t.key())).forEach(r -> groups.add(r.targetGroup()));
            if (groups.isEmpty()) {
                groups.add(t.targetGroup());
            }
            for (Area area : d.areas()) {
                for (String group : groups) {
                    List<String> responsible = valid.stream()
                            .filter(r -> r.task().equals(t.key())
                                    && r.area().equals(area.key())
                                    && r.role() == ResponsibilityRole.RESPONSIBLE
                                    && (group == null || group.equals(r.targetGroup())))
                            .map(Responsibility::actor)
                            .distinct()
                            .toList();
                    if (responsible.isEmpty()) {
                        gaps.add(new Gap(t.key(), area.key(), group));
                    } else if (responsible.size() > 1) {
                        doubles.add(new Doubled(t.key(), area.key(), group, responsible));
                    }
                }
            }
        }
        List<Responsibility> stale = d.responsibilities().stream()
                .filter(r -> active.contains(r.actor()) && r.staleOn(today))
                .toList();
        return new ActorChecks(List.copyOf(gaps), List.copyOf(doubles), stale);
    }
}
