package org.aftersales.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, points 2, 4 and 9: the test server, provisioned by config/server like a real single
 * node, listens beyond loopback only on HTTP and HTTPS; its admin REST, JMX and message broker
 * want credentials that are not the defaults; it shows no product version, no Payara pages and
 * no MicroProfile endpoints publicly; HTTPS speaks only AEAD suites; the database, logs and keys
 * are the server user's only, and HTTP requests reach the access log.
 */
class ListenersIT {

    private static final Path HOME = Path.of(System.getProperty("it.home", "target/it-home"));
    private static final Path DOMAIN = HOME.resolve("domains/aftersales");
    private static final int HTTP_PORT = Integer.getInteger("it.http.port", 18080);
    private static final int HTTPS_PORT = HTTP_PORT + 101;
    private static final int ADMIN_PORT = Integer.getInteger("it.admin.port", 14848);
    private static final int JMX_PORT = ADMIN_PORT + 38; // config/server: ADMIN-48 + 86
    private static final int JMS_PORT = ADMIN_PORT + 28; // config/server: ADMIN-48 + 76
    private static final String ASADMIN_PASSWORD = System.getProperty("AS_ADMIN_PASSWORD");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A listening TCP socket of /proc/net/tcp or tcp6: its local address (hex, as the kernel writes it) and port. */
    record Listener(String address, int port, boolean v6) {

        boolean loopback() {
            if (!v6) { // little-endian IPv4: 0100007F is 127.0.0.1; 127.0.0.0/8 ends in 7F
                return address.endsWith("7F");
            }
            // ::1, or ::ffff:127.x.y.z (IPv4-mapped); the kernel writes four little-endian words
            return address.equals("00000000000000000000000001000000")
                    || (address.startsWith("0000000000000000FFFF0000") && address.endsWith("7F"));
        }

        @Override
        public String toString() {
            return (v6 ? "tcp6 " : "tcp ") + address + ":" + port;
        }
    }

    private static long serverPid() throws IOException {
        return Long.parseLong(Files.readString(DOMAIN.resolve("config/pid")).trim());
    }

    /** The inodes of the sockets the process holds open (its fd links read "socket:[inode]"). */
    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while we listed them
                }
            }
        }
        return inodes;
    }

    /** The process's listening TCP sockets, from /proc/net/tcp and /proc/net/tcp6 (no ss needed). */
    static List<Listener> listeners(long pid) throws IOException {
        Set<String> inodes = socketInodes(pid);
        List<Listener> found = new ArrayList<>();
        for (String table : new String[] {"tcp", "tcp6"}) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    String[] local = f[1].split(":");
                    found.add(new Listener(local[0], Integer.parseInt(local[1], 16), table.equals("tcp6")));
                }
            }
        }
        return found;
    }

    @Test
    void onlyHttpAndHttpsListenBeyondLoopback() throws IOException {
        List<Listener> all = listeners(serverPid());
        List<Listener> open = all.stream().filter(l -> !l.loopback()).toList();
        Set<Integer> openPorts = new HashSet<>();
        open.forEach(l -> openPorts.add(l.port()));
        assertEquals(
                Set.of(HTTP_PORT, HTTPS_PORT),
                openPorts,
                "sockets bound beyond loopback: " + open + " (all listening sockets: " + all + ")");
        assertTrue(
                all.stream().anyMatch(l -> l.port() == ADMIN_PORT && l.loopback()),
                "admin listener on loopback: " + all);
    }

    private static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void adminRestWantsTheGeneratedPassword() throws Exception {
        String url = "http://127.0.0.1:" + ADMIN_PORT + "/management/domain";
        assertEquals(401, get(url, "Accept", "application/json").statusCode(), "anonymous admin REST");
        String wrong = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                401,
                get(url, "Accept", "application/json", "Authorization", "Basic " + wrong)
                        .statusCode());
        String right =
                Base64.getEncoder().encodeToString(("admin:" + ASADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertEquals(
                200,
                get(url, "Accept", "application/json", "Authorization", "Basic " + right)
                        .statusCode(),
                "the password in " + HOME.resolve("payara-admin-password"));
    }

    @Test
    void jmxWantsTheAdminPassword() throws Exception {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + JMX_PORT + "/jmxrmi");
        // a refused login comes back as a SecurityException, or as an UnmarshalException when
        // Payara's login module puts something unserialisable into it
        assertThrows(Exception.class, () -> JMXConnectorFactory.connect(url).close(), "anonymous JMX");
        Map<String, Object> wrong = new HashMap<>();
        wrong.put(JMXConnector.CREDENTIALS, new String[] {"admin", "admin"});
        assertThrows(
                Exception.class, () -> JMXConnectorFactory.connect(url, wrong).close(), "JMX as admin/admin");
        Map<String, Object> right = new HashMap<>();
        right.put(JMXConnector.CREDENTIALS, new String[] {"admin", ASADMIN_PASSWORD});
        try (JMXConnector connector = JMXConnectorFactory.connect(url, right)) {
            assertTrue(connector.getMBeanServerConnection().getMBeanCount() > 0, "JMX with the admin password");
        }
    }

    /** OpenMQ's client (Payara's mq/lib/imq.jar) logging in to the broker's port mapper over TCP. */
    private static Throwable brokerLogin(String user, String password) throws Exception {
        Path imq = Path.of(
                System.getProperty(
                        "it.payara.home", HOME.resolve("payara-6.2025.9").toString()),
                "mq/lib/imq.jar");
        assertTrue(Files.exists(imq), imq.toString());
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {imq.toUri().toURL()}, ListenersIT.class.getClassLoader())) {
            Class<?> type = loader.loadClass("com.sun.messaging.ConnectionFactory");
            Object factory = type.getConstructor().newInstance();
            type.getMethod("setProperty", String.class, String.class)
                    .invoke(factory, "imqAddressList", "mq://127.0.0.1:" + JMS_PORT);
            type.getMethod("setProperty", String.class, String.class).invoke(factory, "imqReconnectEnabled", "false");
            try {
                AutoCloseable connection =
                        (AutoCloseable) type.getMethod("createConnection", String.class, String.class)
                                .invoke(factory, user, password);
                connection.close();
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            }
        }
    }

    @Test
    void theBrokerRefusesItsDefaultAccounts() throws Exception {
        for (String[] account : new String[][] {{"guest", "guest"}, {"admin", "admin"}}) {
            Throwable refused = brokerLogin(account[0], account[1]);
            if (refused == null) {
                fail("the broker accepted " + account[0] + "/" + account[1]);
            }
            assertTrue(refused instanceof jakarta.jms.JMSSecurityException, account[0] + ": " + refused);
        }
    }

    private static void assertNoVersion(HttpResponse<String> response) {
        for (String header : new String[] {"Server", "X-Powered-By"}) {
            response.headers()
                    .firstValue(header)
                    .ifPresent(value -> assertFalse(
                            value.matches(".*(\\d|Payara|GlassFish|Servlet|JSP).*"), header + ": " + value));
        }
        assertFalse(response.body().contains("Payara"), response.uri() + " names Payara: " + response.body());
        assertFalse(response.body().contains("6.20"), response.uri() + " names a version: " + response.body());
    }

    @Test
    void thePublicListenerShowsNoVersionNoPayaraPageAndNoMicroProfileEndpoints() throws Exception {
        String root = "http://localhost:" + HTTP_PORT;
        assertNoVersion(get(Api.BASE + "/api/v1/health"));
        HttpResponse<String> index = get(root + "/");
        assertNoVersion(index);
        assertTrue(index.body().contains("/aftersales/"), "the root page leads to the application: " + index.body());
        assertNoVersion(get(root + "/no-such-page"));
        for (String endpoint : new String[] {"/metrics", "/openapi", "/health"}) {
            HttpResponse<String> response = get(root + endpoint);
            assertTrue(
                    response.statusCode() == 404 || response.statusCode() == 403 || response.statusCode() == 401,
                    endpoint + " answered " + response.statusCode() + ": " + response.body());
            assertNoVersion(response);
        }
        // the application's own OpenAPI document is for signed-in callers only (issue 10.9)
        assertEquals(401, get(Api.BASE + "/api/v1/openapi").statusCode(), "the application's own OpenAPI document");
    }

    private static SSLSocket tls(String protocol, String suite) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() { // the domain's self-signed certificate
                        @Override
                        public void checkClientTrusted(X509Certificate[] chain, String auth) {}

                        @Override
                        public void checkServerTrusted(X509Certificate[] chain, String auth) {}

                        @Override
                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                new SecureRandom());
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", HTTPS_PORT);
        socket.setSoTimeout(30_000);
        socket.setEnabledProtocols(new String[] {protocol});
        socket.setEnabledCipherSuites(new String[] {suite});
        return socket;
    }

    @Test
    void httpsSpeaksOnlyAeadSuites() throws Exception {
        try (SSLSocket gcm = tls("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")) {
            gcm.startHandshake();
            assertEquals(
                    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", gcm.getSession().getCipherSuite());
        }
        for (String cbc : new String[] {
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_RSA_WITH_AES_128_GCM_SHA256"
        }) {
            try (SSLSocket socket = tls("TLSv1.2", cbc)) {
                assertThrows(SSLHandshakeException.class, socket::startHandshake, cbc + " must be refused");
            } catch (IllegalArgumentException notInThisJdk) {
                // the JDK of the test no longer offers the suite at all
            }
        }
    }

    @Test
    void databaseLogsAndKeysAreTheServerUsersOnly() throws IOException {
        for (Path dir : new Path[] {HOME.resolve("db"), DOMAIN, HOME.resolve("payara-admin-password")}) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            for (PosixFilePermission p : permissions) {
                assertTrue(p.name().startsWith("OWNER"), dir + " is " + permissions);
            }
        }
        Set<PosixFilePermission> log = Files.getPosixFilePermissions(DOMAIN.resolve("logs/server.log"));
        assertTrue(log.stream().allMatch(p -> p.name().startsWith("OWNER")), "server.log is " + log);
    }

    @Test
    void requestsReachTheAccessLog() throws Exception {
        String marker = "/aftersales/api/v1/health?access-log-check=" + System.nanoTime();
        get("http://localhost:" + HTTP_PORT + marker);
        Path logs = DOMAIN.resolve("logs/access");
        // bounded: written at most a second later, 20 s allowed
        await("an access log line for " + marker + " in " + logs)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> accessLogged(logs, marker));
    }

    private static boolean accessLogged(Path logs, String marker) throws IOException {
        if (Files.isDirectory(logs)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(logs, "server_access_log*")) {
                for (Path file : files) {
                    if (Files.readString(file, StandardCharsets.ISO_8859_1).contains(marker)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Issue 15 (a finding of its benches): the embedded broker keeps its transactions in OpenMQ's
     * older store ({@code txn/}, {@code txnack/}, made at the first transaction). With the newer
     * transaction log ({@code txnlog/}), a stop after messages were dead-lettered under load left a
     * store the next start could not load, and nothing deployed (config/bench/broker-restart
     * reproduces it). The broker's last start ran with the property, and no log was written.
     */
    @Test
    void theBrokerKeepsItsTransactionsInTheOlderStore() throws IOException {
        Path broker = DOMAIN.resolve("imq/instances/imqbroker");
        List<String> starts = Files.readAllLines(broker.resolve("log/log.txt")).stream()
                .filter(line -> line.contains("Broker Properties:"))
                .toList();
        assertFalse(starts.isEmpty(), "the broker's log shows no start");
        assertTrue(
                starts.get(starts.size() - 1).contains("imq.persist.file.newTxnLog.enabled=false"),
                starts.get(starts.size() - 1));
        assertFalse(Files.exists(broker.resolve("fs370/txnlog")), "the broker wrote the transaction log txnlog/");
    }

    @Test
    void theTestServerIsTheOneProvisionedByConfigServer() throws IOException {
        assertNotEquals(0, serverPid());
        assertTrue(Files.exists(DOMAIN.resolve("imq/instances/imqbroker/etc/passwd")));
        assertFalse(Files.readString(DOMAIN.resolve("imq/instances/imqbroker/etc/passwd"))
                .contains("guest:"));
    }
}
