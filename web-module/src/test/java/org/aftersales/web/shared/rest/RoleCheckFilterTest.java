package org.aftersales.web.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10.9 (every API call needs a role, deny by default), decided once per resource method since
 * issue 15: which roles each declaration lets in. Empty: no check (anyone); an empty list: nobody.
 */
class RoleCheckFilterTest {

    @RolesAllowed({"agent", "manager"})
    static class Staff {
        public void inherits() {}

        @RolesAllowed("admin")
        public void own() {}

        @PermitAll
        public void open() {}

        @DenyAll
        public void closed() {}
    }

    @PermitAll
    static class Public {
        public void inherits() {}

        @RolesAllowed("admin")
        public void own() {}
    }

    static class Undeclared {
        public void nothing() {}
    }

    static Stream<Arguments> declarations() {
        return Stream.of(
                Arguments.of(Staff.class, "inherits", Optional.of(List.of("agent", "manager"))),
                Arguments.of(Staff.class, "own", Optional.of(List.of("admin"))),
                Arguments.of(Staff.class, "open", Optional.empty()),
                Arguments.of(Staff.class, "closed", Optional.of(List.of())),
                Arguments.of(Public.class, "inherits", Optional.empty()),
                Arguments.of(Public.class, "own", Optional.of(List.of("admin"))),
                Arguments.of(Undeclared.class, "nothing", Optional.of(List.of())));
    }

    @ParameterizedTest(name = "{0}.{1} → {2}")
    @MethodSource("declarations")
    void eachMethodGetsTheRolesItsDeclarationNames(Class<?> type, String method, Optional<List<String>> roles)
            throws NoSuchMethodException {
        assertEquals(roles, RoleCheckFilter.of(type.getMethod(method), type).map(RoleCheckFilter::roles));
    }
}
