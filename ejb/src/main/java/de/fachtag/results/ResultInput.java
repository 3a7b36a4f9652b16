package de.fachtag.results;

import java.util.List;
import java.util.UUID;

/**
 * What an organizer enters for a result: the place (a workshop or an agenda item of the event),
 * type, text, keywords, optionally field of action and responsible actor.
 */
public record ResultInput(
        UUID placeId,
        ResultType type,
        String textDe,
        String textEn,
        String fieldOfAction,
        String responsibleActor,
        List<UUID> keywordIds) {}
