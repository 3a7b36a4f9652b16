package de.fachtag.registration;

/** Whether a text must be confirmed to register, or is a free choice. */
public enum ConsentKind {
    /** Confirmed to register: the privacy notice was read. Not a consent under GDPR Art. 6(1)(a). */
    ACKNOWLEDGEMENT,
    /** Granted or refused freely and never a condition of taking part (GDPR Art. 7(4)). */
    OPTIONAL
}
