package de.fachtag.actors;

/** The level an actor or an area belongs to. */
public enum ActorLevel {
    FEDERAL,
    STATE,
    DISTRICT,
    MUNICIPAL,
    CIVIL_SOCIETY
}
