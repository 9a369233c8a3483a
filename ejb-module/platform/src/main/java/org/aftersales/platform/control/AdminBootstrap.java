package org.aftersales.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.logging.Logger;
import org.aftersales.accounts.boundary.UserService;

/**
 * Opens the {@code admin} account on the first start, with the password in
 * {@code AFTERSALES_ADMIN_PASSWORD}, or else a generated one written once to
 * {@code $AFTERSALES_HOME/initial-admin-password} (owner-only), which {@code config/server start}
 * prints and deletes. No password is ever in code, configuration or the log.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class AdminBootstrap {

    static final String PASSWORD_ENV = "AFTERSALES_ADMIN_PASSWORD";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @EJB
    private UserService users;

    @PostConstruct
    void openAdminAccount() {
        String given = System.getenv(PASSWORD_ENV);
        char[] password = given != null && !given.isBlank() ? given.toCharArray() : generate();
        if (!users.bootstrapAdmin(password.clone())) {
            return;
        }
        if (given != null && !given.isBlank()) {
            LOG.info("Opened the admin account with the password from " + PASSWORD_ENV);
            return;
        }
        Path file = Path.of(
                System.getProperty("aftersales.home", System.getProperty("user.home") + "/.aftersales"), PASSWORD_FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, new String(password) + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
            LOG.warning("Opened the admin account with a generated password, written once to " + file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the generated admin password to " + file, e);
        }
    }

    private static char[] generate() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
