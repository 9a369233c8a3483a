package org.aftersales.support.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.util.Optional;
import org.aftersales.domain.shared.AuditListener;

/**
 * Default interceptor of every EJB module (declared in each {@code ejb-jar.xml}): the outermost
 * business call of a transaction opens its {@link AuditBuffer}, and after the call flushes the
 * persistence context and stores the audit entries the flush produced, in the same transaction —
 * so a change and its audit line commit or roll back together.
 */
public class AuditInterceptor {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry tsr;

    @Resource
    private EJBContext context;

    @AroundInvoke
    public Object audit(InvocationContext invocation) throws Exception {
        Optional<AuditBuffer> opened = AuditBuffer.open(tsr, actor());
        Object result = invocation.proceed();
        if (opened.isPresent() && tsr.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
            AuditBuffer buffer = opened.get();
            em.flush();
            buffer.drain().forEach(em::persist);
        }
        return result;
    }

    private String actor() {
        try {
            Principal caller = context.getCallerPrincipal();
            String name = caller == null ? null : caller.getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? AuditListener.SYSTEM : name;
        } catch (IllegalStateException e) {
            return AuditListener.SYSTEM;
        }
    }
}
