package de.fachtag.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of roles as a comma-separated column the schema checks role by role. */
@Converter
public class StaffRolesConverter implements AttributeConverter<Set<StaffRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<StaffRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<StaffRole> convertToEntityAttribute(String column) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(StaffRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
