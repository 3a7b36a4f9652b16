package de.fachtag.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stored password form and its checks. Hashing costs 600,000 PBKDF2 rounds, so hashes are
 * made once and shared; timing is not asserted.
 */
class PasswordHasherTest {

    static final String PASSWORD = "Korrekt Pferd Batterie Heftklammer";

    static final PasswordHasher hasher = new PasswordHasher();
    static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = hasher.hash(PASSWORD);
    }

    @Test
    void theStoredFormNamesAlgorithmAndIterations() {
        String[] parts = stored.split("\\$");
        assertThat(parts)
                .as("pbkdf2-sha256$<iterations>$<salt>$<hash> in %s", stored)
                .hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1])
                .as("iterations (OWASP: 600,000 for PBKDF2-HMAC-SHA256)")
                .isEqualTo("600000");
        assertThat(PasswordHasher.ITERATIONS).isEqualTo(600_000);
        assertThat(Base64.getDecoder().decode(parts[2])).as("salt").hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).as("derived key").hasSize(32);
        assertThat(stored).doesNotContain(PASSWORD);
    }

    @Test
    void theHashIsPbkdf2HmacSha256OfPasswordAndSalt() throws Exception {
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 600_000, 256))
                .getEncoded();
        assertThat(Base64.getDecoder().decode(parts[3])).isEqualTo(expected);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        assertThat(hasher.verify(PASSWORD, stored)).as("right password").isTrue();
        assertThat(hasher.verify(PASSWORD + " ", stored)).as("wrong password").isFalse();
        assertThat(hasher.verify(PASSWORD.toUpperCase(), stored))
                .as("wrong case")
                .isFalse();
        assertThat(hasher.verify("", stored)).as("empty password").isFalse();
        assertThat(hasher.verify(null, stored)).as("no password").isFalse();
    }

    @Test
    void theSaltMakesEveryHashDifferent() {
        String second = hasher.hash(PASSWORD);
        assertThat(second).isNotEqualTo(stored);
        assertThat(second.split("\\$")[2]).as("salt").isNotEqualTo(stored.split("\\$")[2]);
        assertThat(hasher.verify(PASSWORD, second))
                .as("the second hash verifies too")
                .isTrue();
    }

    @Test
    void aMissingHashNeverVerifies() {
        assertThat(hasher.verify(PASSWORD, null)).isFalse();
    }

    @Test
    void aForeignOrMalformedFormDoesNotVerify() {
        assertThat(hasher.verify(PASSWORD, "")).isFalse();
        assertThat(hasher.verify(PASSWORD, stored.replace("pbkdf2-sha256", "pbkdf2-sha1")))
                .isFalse();
        assertThat(hasher.verify(PASSWORD, "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"))
                .isFalse();
    }

    @Test
    void anOlderLowerIterationCountStillVerifiesButAsksForARehash() throws Exception {
        byte[] salt = new byte[16];
        salt[0] = 42;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 1_000, 256))
                .getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String old = "pbkdf2-sha256$1000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);

        assertThat(hasher.verify(PASSWORD, old)).as("old hash, right password").isTrue();
        assertThat(hasher.verify("wrong", old)).as("old hash, wrong password").isFalse();
        assertThat(hasher.needsRehash(old)).as("rehash at 1,000 iterations").isTrue();
        assertThat(hasher.needsRehash(stored))
                .as("rehash at 600,000 iterations")
                .isFalse();
        assertThat(hasher.needsRehash("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"))
                .as("rehash of a foreign form")
                .isTrue();
    }
}
