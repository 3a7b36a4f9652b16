package de.fachtag.actors;

/** What kind of institution an actor is: authority, agency (Arbeitsagentur, Jobcenter), chamber, counselling service, ... */
public enum ActorKind {
    AUTHORITY,
    AGENCY,
    CHAMBER,
    COUNSELLING,
    EDUCATION,
    ASSOCIATION,
    NETWORK,
    OTHER
}
