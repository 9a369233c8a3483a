package org.aftersales.domain.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.RolesConverter;

/** A {@link StepRule} as the columns of a chain's step and of a running request's step. */
@Embeddable
public class StepColumns {

    @Column(name = "step_name", nullable = false, length = StepRule.MAX_NAME)
    private String name;

    /** The named deciders, comma-separated (user names have no commas). */
    @Column(name = "users", nullable = false, length = 1400)
    private String users;

    @Convert(converter = RolesConverter.class)
    @Column(name = "roles", nullable = false, length = 200)
    private Set<Role> roles;

    @Column(name = "all_required", nullable = false)
    private boolean all;

    @Column(name = "quorum")
    private Integer quorum;

    @Column(name = "min_amount", precision = 14, scale = 2)
    private BigDecimal minAmount;

    protected StepColumns() {}

    StepColumns(StepRule rule) {
        name = rule.name();
        users = String.join(",", rule.users());
        roles = rule.roles().isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(rule.roles());
        all = rule.all();
        quorum = rule.quorum();
        minAmount = rule.minAmount();
    }

    public StepRule rule() {
        List<String> names = users == null || users.isBlank()
                ? List.of()
                : Arrays.stream(users.split(",")).map(String::strip).toList();
        return new StepRule(name, names, roles, all, quorum, minAmount);
    }
}
