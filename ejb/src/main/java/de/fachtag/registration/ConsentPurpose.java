package de.fachtag.registration;

/** What a consent text is about; PHOTO and VIDEO decide the photo list. */
public enum ConsentPurpose {
    PRIVACY,
    PHOTO,
    VIDEO,
    OTHER
}
