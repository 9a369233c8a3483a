package org.aftersales.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.RolesConverter;
import org.junit.jupiter.api.Test;

class EnumSetConverterTest {

    private final RolesConverter converter = new RolesConverter();

    @Test
    void storesInDeclarationOrderAndReadsBack() {
        Set<Role> roles = EnumSet.of(Role.ADMIN, Role.AGENT, Role.TECHNICIAN);
        assertEquals("AGENT,TECHNICIAN,ADMIN", converter.convertToDatabaseColumn(roles));
        assertEquals(roles, converter.convertToEntityAttribute("AGENT,TECHNICIAN,ADMIN"));
    }

    @Test
    void emptyAndNullAreTheEmptySet() {
        assertEquals("", converter.convertToDatabaseColumn(Set.of()));
        assertEquals("", converter.convertToDatabaseColumn(null));
        assertEquals(EnumSet.noneOf(Role.class), converter.convertToEntityAttribute(null));
        assertEquals(EnumSet.noneOf(Role.class), converter.convertToEntityAttribute(" , "));
    }
}
