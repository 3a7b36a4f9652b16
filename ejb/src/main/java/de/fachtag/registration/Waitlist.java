package de.fachtag.registration;

import jakarta.persistence.EntityManager;

/**
 * The waitlist's one definition of "your place in the queue": people waiting for the same
 * event in the same mode, and on site for the same workshop, who arrived earlier. Used by the
 * registration service, the mails, the public pages and the organizer's list alike.
 */
public final class Waitlist {

    private Waitlist() {}

    /** 1 = next to move up; null when the registration is not waiting. */
    public static Integer positionOf(EntityManager em, Registration r) {
        if (r.getStatus() != RegistrationStatus.WAITLISTED) {
            return null;
        }
        String sameQueue = r.getWorkshop() == null ? "" : " AND (r.workshop = :workshop OR r.workshop IS NULL)";
        var query = em.createQuery(
                        "SELECT COUNT(r) FROM Registration r WHERE r.event = :event AND r.status = "
                                + "de.fachtag.registration.RegistrationStatus.WAITLISTED AND r.mode = :mode AND r.arrival < :arrival"
                                + sameQueue,
                        Long.class)
                .setParameter("event", r.getEvent())
                .setParameter("mode", r.getMode())
                .setParameter("arrival", r.getArrival());
        if (r.getWorkshop() != null) {
            query.setParameter("workshop", r.getWorkshop());
        }
        return (int) (query.getSingleResult() + 1);
    }
}
