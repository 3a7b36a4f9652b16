package de.fachtag.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

    @Test
    void anAccountHasFiveFreeFailuresThenDoublingWaitsThenALock() {
        ThrottleRule rule = ThrottleRule.ACCOUNT;
        for (int n = 1; n < 5; n++) {
            assertEquals(Duration.ZERO, rule.delayAfter(n), "failure " + n);
        }
        assertEquals(Duration.ofSeconds(5), rule.delayAfter(5));
        assertEquals(Duration.ofSeconds(10), rule.delayAfter(6));
        assertEquals(Duration.ofSeconds(640), rule.delayAfter(12));
        assertEquals(ThrottleRule.MAX_DELAY, rule.delayAfter(13), "capped below the lock");
        assertEquals(ThrottleRule.MAX_DELAY, rule.delayAfter(19));
        assertFalse(rule.locks(19));
        assertTrue(rule.locks(20));
        assertEquals(ThrottleRule.LOCK, rule.delayAfter(20));
        assertEquals(ThrottleRule.LOCK, rule.delayAfter(230), "each later failure locks again");
    }

    @Test
    void theWaitNeverShrinksAsFailuresGrow() {
        for (ThrottleRule rule : new ThrottleRule[] {ThrottleRule.ACCOUNT, ThrottleRule.CLIENT}) {
            for (int n = 1; n < 300; n++) {
                assertTrue(rule.delayAfter(n + 1).compareTo(rule.delayAfter(n)) >= 0, rule.kind() + " " + n);
            }
        }
    }

    @Test
    void aClientIsLockedOnlyAfterAHundredFailures() {
        assertEquals(Duration.ZERO, ThrottleRule.CLIENT.delayAfter(19));
        assertEquals(Duration.ofSeconds(5), ThrottleRule.CLIENT.delayAfter(20));
        assertFalse(ThrottleRule.CLIENT.locks(99));
        assertTrue(ThrottleRule.CLIENT.locks(100));
    }
}
