package org.aftersales.tickets.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.accounts.UserAccount;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The application's role mapping lives in the tickets module's glassfish-ejb-jar.xml (it names the
 * maintenance scheduler's run-as principal): every role must be mapped to its own group there, or
 * Payara, which then no longer applies its default mapping, leaves the role empty.
 */
class RoleMappingTest {

    private static Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (InputStream in = RoleMappingTest.class.getResourceAsStream("/META-INF/glassfish-ejb-jar.xml")) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent().strip())
                .toList();
    }

    @Test
    void everyRoleIsMappedToItsOwnGroupAndTheSchedulerOnlyToAdmin() throws Exception {
        Document doc = descriptor();
        NodeList mappings = doc.getElementsByTagName("security-role-mapping");
        Map<String, List<String>> groups = new HashMap<>();
        Map<String, List<String>> principals = new HashMap<>();
        for (int i = 0; i < mappings.getLength(); i++) {
            Element mapping = (Element) mappings.item(i);
            String role = texts(mapping, "role-name").get(0);
            groups.put(role, texts(mapping, "group-name"));
            principals.put(role, texts(mapping, "principal-name"));
        }
        assertEquals(Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet()), groups.keySet());
        groups.forEach((role, mapped) -> assertEquals(List.of(role), mapped, role));

        String scheduler = texts((Element) doc.getElementsByTagName("principal").item(0), "name")
                .get(0);
        principals.forEach((role, mapped) ->
                assertEquals(role.equals(Roles.ADMIN) ? List.of(scheduler) : List.of(), mapped, role));
        assertFalse(UserAccount.USERNAME.matcher(scheduler).matches(), "no account can have the scheduler's name");
    }
}
