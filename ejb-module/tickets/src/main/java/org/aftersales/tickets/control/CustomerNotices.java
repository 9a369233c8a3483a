package org.aftersales.tickets.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.domain.customers.warranty.Exclusion;
import org.aftersales.domain.tickets.SiteExclusion;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.mail.boundary.MailOutbox;

/**
 * W4, B3: the customer is told before any paid work. When what the technician found on site turns a
 * free (or negotiated) repair into a paid one, the customer gets an e-mail in Chinese saying why —
 * queued in the {@link MailOutbox} in the same transaction, so it goes out after the commit with
 * retries — and the finding records where and when the notice went. A customer without an address is
 * told by the agent with the quote (nothing is queued, nothing recorded).
 */
@Dependent
public class CustomerNotices {

    static final String MAIL_BUNDLE = "org.aftersales.tickets.mail";
    static final String KEY = "customer.paidAfterExclusion";

    @EJB
    private CustomerService customers;

    @EJB
    private MailOutbox outbox;

    /** Tells the ticket's customer that {@code found} makes the repair paid; the address used, if any. */
    public Optional<String> paidAfterExclusion(Ticket ticket, List<SiteExclusion> standing, SiteExclusion found) {
        Optional<String> email = customers
                .find(ticket.getCustomerId())
                .map(CustomerView::email)
                .filter(e -> e != null && !e.isBlank())
                .map(String::strip);
        if (email.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = List.of(
                ticket.getNumber(),
                ticket.getCustomerName(),
                reasons(standing.stream().map(SiteExclusion::getExclusion).toList()),
                found.getNote() == null ? "—" : found.getNote());
        outbox.queueTo(
                email.get(), Locale.SIMPLIFIED_CHINESE, MAIL_BUNDLE, getClass().getClassLoader(), KEY, args);
        return email;
    }

    /** The exclusions in the customer's words (使用不当、电源电压异常或布线不符合规范 …), each once. */
    static String reasons(List<Exclusion> exclusions) {
        return exclusions.stream()
                .distinct()
                .sorted(Comparator.comparing(Enum::ordinal))
                .map(x -> bundle().getString("exclusion." + x.name()))
                .collect(Collectors.joining("、"));
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(
                MAIL_BUNDLE,
                Locale.SIMPLIFIED_CHINESE,
                CustomerNotices.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
