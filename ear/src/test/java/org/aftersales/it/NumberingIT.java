package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.UserTransaction;
import java.lang.reflect.Method;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * T10 in the server: 50 tickets numbered at once by the application's numbering service get 50
 * different, consecutive numbers. The probe calls the service through its global JNDI name (by
 * reflection, as its classes belong to the application, not to the probe).
 */
@ExtendWith(ArquillianExtension.class)
class NumberingIT {

    private static final int PARALLEL = 50;

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "numbering-it.war").addClass(NumberingIT.class);
    }

    /** The application's DocumentKind.TICKET (its class belongs to the application, as the service's do). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object ticketKind(Class<?> kind) {
        return Enum.valueOf((Class) kind, "TICKET");
    }

    @Test
    void fiftyParallelDocumentsGetFiftyConsecutiveNumbers() throws Exception {
        Object service = new InitialContext().lookup("java:global/aftersales/platform/DocumentNumbers");
        Method next = java.util.Arrays.stream(service.getClass().getMethods())
                .filter(m -> m.getName().equals("next") && m.getParameterCount() == 3)
                .findFirst()
                .orElseThrow();
        Object ticket = ticketKind(next.getParameterTypes()[0]);
        String department =
                "QA" + (char) ('A' + (int) (System.nanoTime() % 26)) + (char) ('A' + (int) (Math.random() * 26));
        YearMonth month = YearMonth.of(2026, 11);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(() -> {
                    UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
                    tx.begin();
                    try {
                        String number = String.valueOf(next.invoke(service, ticket, department, month));
                        tx.commit();
                        return number;
                    } catch (Exception e) {
                        tx.rollback();
                        throw e;
                    }
                });
            }
            Set<String> numbers = new TreeSet<>();
            for (Future<String> f : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
                numbers.add(f.get());
            }
            Set<String> expected = IntStream.rangeClosed(1, PARALLEL)
                    .mapToObj(i -> String.format("%s-26-11-%02d", department, i))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
    }
}
