package org.aftersales.support.validation;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.util.Set;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * Default interceptor of every EJB module (declared first in each {@code ejb-jar.xml}): the
 * boundaries' parameters and their input records are validated against their Bean Validation
 * constraints before the method runs, and the violations come back as one
 * {@link RuleViolationException} with the field paths and message keys the API (422 problem+json)
 * and the screens (a message beside the field) show. Nothing has been read or written by then.
 */
public class ContractValidation {

    @Resource
    private ValidatorFactory validation;

    /** Thread-safe; made once per interceptor instance (which lives as long as its bean instance). */
    private ExecutableValidator validator;

    @AroundInvoke
    public Object validate(InvocationContext invocation) throws Exception {
        if (invocation.getMethod() != null && invocation.getMethod().getParameterCount() > 0) {
            if (validator == null) {
                validator = validation.getValidator().forExecutables();
            }
            Set<ConstraintViolation<Object>> violations = validator.validateParameters(
                    invocation.getTarget(), invocation.getMethod(), invocation.getParameters());
            if (!violations.isEmpty()) {
                throw new RuleViolationException(ContractViolations.fieldErrors(violations));
            }
        }
        return invocation.proceed();
    }
}
