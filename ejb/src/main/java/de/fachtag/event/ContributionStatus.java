package de.fachtag.event;

/** Whether a contributor confirmed or was only asked (the flyers' "angefragt"). */
public enum ContributionStatus {
    CONFIRMED,
    REQUESTED
}
