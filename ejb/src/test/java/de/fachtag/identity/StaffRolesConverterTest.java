package de.fachtag.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffRolesConverterTest {

    final StaffRolesConverter converter = new StaffRolesConverter();

    @Test
    void everySetOfRolesSurvivesTheRoundTrip() {
        StaffRole[] all = StaffRole.values();
        int checked = 0;
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    roles.add(all[i]);
                }
            }
            String column = converter.convertToDatabaseColumn(roles);
            assertThat(converter.convertToEntityAttribute(column))
                    .as("round trip of %s via '%s'", roles, column)
                    .isEqualTo(roles);
            checked++;
        }
        assertThat(checked).isEqualTo(32);
    }

    @Test
    void theColumnListsRolesInDeclarationOrderWhateverTheSetsOrder() {
        Set<StaffRole> reversed =
                new LinkedHashSet<>(List.of(StaffRole.CHECKIN, StaffRole.ORGANIZER, StaffRole.TENANT_ADMIN));
        assertThat(converter.convertToDatabaseColumn(reversed)).isEqualTo("TENANT_ADMIN,ORGANIZER,CHECKIN");

        List<StaffRole> backwards = new ArrayList<>(List.of(StaffRole.values()));
        java.util.Collections.reverse(backwards);
        assertThat(converter.convertToDatabaseColumn(new LinkedHashSet<>(backwards)))
                .isEqualTo("PLATFORM_ADMIN,TENANT_ADMIN,ORGANIZER,CHECKIN,MINISTRY_ANALYST");
        assertThat(converter.convertToDatabaseColumn(new HashSet<>(backwards)))
                .isEqualTo("PLATFORM_ADMIN,TENANT_ADMIN,ORGANIZER,CHECKIN,MINISTRY_ANALYST");
    }

    @Test
    void aSingleRoleIsJustItsName() {
        assertThat(converter.convertToDatabaseColumn(EnumSet.of(StaffRole.ORGANIZER)))
                .isEqualTo("ORGANIZER");
        assertThat(converter.convertToEntityAttribute("ORGANIZER")).containsExactly(StaffRole.ORGANIZER);
    }

    @Test
    void noRoles() {
        assertThat(converter.convertToDatabaseColumn(EnumSet.noneOf(StaffRole.class)))
                .isEmpty();
        assertThat(converter.convertToDatabaseColumn(Set.of())).isEmpty();
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
        assertThat(converter.convertToEntityAttribute("  ")).isEmpty();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }
}
